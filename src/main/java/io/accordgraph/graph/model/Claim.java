package io.accordgraph.graph.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.SymbolicName;

/**
 * A claim is one source's statement of a fact: a relationship between two nodes with its qualifiers (its properties,
 * {@code since} and {@code until}). Each distinct set of qualifiers is a relationship of its own, told apart by its
 * {@link #KEY}; the sources that say exactly that are listed in its {@code sources}. So a second report that says
 * something else adds a claim beside the first and never rewrites it. A node's properties follow the same rule: what
 * each source says of the node sits on its {@code REPORTED_BY} relationship, and the node shows the value of the
 * most recently published source.
 */
public final class Claim {

    /** The relationship property that tells claims of the same fact apart: its qualifiers, as text. */
    public static final String KEY = "claim";
    /** When this server wrote the claim (server time). */
    public static final String RECORDED_AT = "recordedAt";
    /** Who wrote it: the editor's token subject, {@code seed}, or {@code anonymous}. */
    public static final String RECORDED_BY = "recordedBy";
    /** Who wrote the shipped reports. */
    public static final String SEED = "seed";
    /** Who wrote a claim when writes need no token. */
    public static final String ANONYMOUS = "anonymous";
    /** Relationship properties kept about a claim rather than stated by it. */
    public static final List<String> BOOKKEEPING = List.of(Predicate.SOURCES, KEY, RECORDED_AT, RECORDED_BY);

    private Claim() {
    }

    /**
     * The claim key of a fact's qualifiers: each property that is not bookkeeping and not null, sorted by name, as
     * name and value (dates as ISO text), with separators that text never holds. Writes compute it here, once per
     * row; {@link #keyOf} is the same in Cypher, for the facts of graphs written before claims were kept.
     */
    public static String key(Map<String, Object> qualifiers) {
        StringBuilder key = new StringBuilder();
        new TreeMap<>(qualifiers).forEach((name, value) -> {
            if (value != null && !BOOKKEEPING.contains(name)) {
                key.append(name).append('\u001f').append(value).append('\u001e');
            }
        });
        return key.toString();
    }

    /** {@link #key} in Cypher, of the relationship {@code r}. */
    public static Expression keyOf(Relationship r) {
        SymbolicName k = Cypher.name("k");
        SymbolicName q = Cypher.name("q");
        Expression value = Cypher.property(r.getRequiredSymbolicName(), q);
        Expression names = Cypher.collect(Cypher.unwind(Cypher.keys(r)).as(q)
                .with(q).where(Cypher.not(q.in(bookkeepingList())).and(value.isNotNull()))
                .with(q).orderBy(q.ascending())
                .returning(q.concat(Cypher.literalOf("\u001f")).concat(Cypher.toString(value))).build());
        return Cypher.reduce(q).in(names).map(k.concat(q).concat(Cypher.literalOf("\u001e"))).accumulateOn(k)
                .withInitialValueOf(Cypher.literalOf(""));
    }

    /** The bookkeeping names as a Cypher list. */
    public static Expression bookkeepingList() {
        return Cypher.listOf(BOOKKEEPING.stream().map(Cypher::literalOf).toList());
    }

    /**
     * The value the node {@code n} shows for {@code property}: what the most recently published source says of it,
     * or the node's own value when no source says anything (a graph written before claims were kept).
     */
    public static Expression current(Node n, String property) {
        Node s = Cypher.node(EntityType.SOURCE.label()).named("s");
        Relationship said = Predicate.REPORTED_BY.out().relationship(Hop.bound(n), s)
                .named("said");
        return Cypher.coalesce(Cypher.head(Cypher.collect(Cypher.match(said)
                .where(said.property(property).isNotNull()).returning(said.property(property))
                .orderBy(newestFirst(s.getRequiredSymbolicName())).build())), n.property(property));
    }

    /** {@code ORDER BY} items for the sources bound to {@code s}: most recently published first, undated ones last. */
    public static List<SortItem> newestFirst(SymbolicName s) {
        Expression published = s.property(Property.PUBLISHED_AT.name());
        return List.of(Cypher.sort(published.isNull()), published.descending(), s.property("id").descending());
    }

    /** That the source {@code s} is one the claim {@code r} rests on: a claim keeps its sources' ids. */
    public static Condition cites(Expression r, Node s) {
        return s.property("id").in(Cypher.property(r, Predicate.SOURCES));
    }
}
