package io.accordgraph.bundle;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Property;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.driver.TransactionContext;

import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Hop;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.neo4j.Between;
import io.accordgraph.neo4j.Statement;

/**
 * What a bundle would change, told before it is written (a dry run): the entities it would create, the claims of
 * facts the graph does not hold, and the claims that would stand beside another claim of the same fact, because
 * their sources say it differently. A claim the graph already holds is left out: the bundle only cites it again.
 */
public record BundlePreview(List<NewEntity> entities, List<NewClaim> claims, List<NewClaim> beside) {

    /** An entity the bundle would create; {@code type} is its kind's label, such as {@code Person}. */
    public record NewEntity(String id, String type, String name) {
    }

    /** A claim the bundle would create, with its qualifiers as text and the sources that state it. */
    public record NewClaim(String subject, String predicate, String object, List<Attribute> qualifiers,
            List<String> sources) {
    }

    /** A qualifier of a claim, such as {@code extent: PARTIAL}. */
    public record Attribute(String key, String value) {
    }

    private static final SymbolicName ROW = Cypher.name("row");
    // By predicate: the pattern's type and its key decide the text, the rows are a parameter.
    private static final Map<Predicate, String> CLAIMS_HELD = new EnumMap<>(Predicate.class);

    static {
        Predicate.facts().forEach(kind -> CLAIMS_HELD.put(kind, Statement.render(claimsHeld(kind))));
    }

    /**
     * For each row {@code {i, from, to, key}} of {@code $rows}, the claim keys the graph holds of that fact: the
     * relationships of the type between the two nodes that have the row's key (the title of a role), if the kind
     * has one. Rows whose fact the graph does not hold answer nothing.
     */
    private static org.neo4j.cypherdsl.core.Statement claimsHeld(Predicate kind) {
        Node a = Cypher.node(EntityType.ENTITY_LABEL).named("a");
        Node b = Cypher.node(EntityType.ENTITY_LABEL).named("b");
        Relationship r = kind.out().relationship(Hop.bound(a), Hop.bound(b)).named("r");
        Condition keyed = kind.key() == null ? Cypher.noCondition() : r.property(kind.key()).eq(row("key"));
        return Between.matched(Cypher.unwind(Cypher.parameter("rows")).as(ROW)
                .match(a.withProperties("id", row("from"))).match(b.withProperties("id", row("to"))), r, keyed)
                .returning(row("i").as("i"),
                Cypher.collect(Cypher.coalesce(r.property(Claim.KEY), Claim.keyOf(r))).as("claims")).build();
    }

    private static Property row(String key) {
        return Cypher.property(ROW, key);
    }

    /** Reads, in the transaction that is about to write {@code bundle}, what the write would change. */
    @SuppressWarnings("unchecked")
    static BundlePreview of(TransactionContext tx, PreparedBundle bundle) {
        List<NewEntity> entities = new ArrayList<>();
        bundle.nodes().forEach((kind, rows) -> rows.stream().filter(row -> !bundle.stored().contains(row.get("id")))
                .forEach(row -> entities.add(new NewEntity((String) row.get("id"), kind.label(),
                        (String) ((Map<String, Object>) row.get("props")).get("name")))));
        List<NewClaim> claims = new ArrayList<>();
        List<NewClaim> beside = new ArrayList<>();
        bundle.relationships().forEach((kind, rows) -> {
            Map<Integer, List<Object>> held = held(tx, kind, rows);
            // A bundle may state one claim twice (with two sources): it creates it once.
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> row = rows.get(i);
                Map<String, Object> props = (Map<String, Object>) row.get("props");
                String claim = Claim.key(props);
                List<Object> existing = held.getOrDefault(i, List.of());
                String fact = row.get("from") + "\u001f" + row.get("to") + "\u001f" + claim;
                if (existing.contains(claim) || !seen.add(fact)) {
                    continue;
                }
                List<Attribute> qualifiers = new ArrayList<>();
                props.forEach((key, value) -> qualifiers.add(new Attribute(key, String.valueOf(value))));
                NewClaim created = new NewClaim((String) row.get("from"), kind.name(), (String) row.get("to"),
                        qualifiers, (List<String>) row.get("sources"));
                (existing.isEmpty() ? claims : beside).add(created);
            }
        });
        return new BundlePreview(entities, claims, beside);
    }

    /** The claim keys the graph holds of each row's fact, by the row's index. */
    private static Map<Integer, List<Object>> held(TransactionContext tx, Predicate kind,
            List<Map<String, Object>> rows) {
        List<Map<String, Object>> asked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("i", i);
            row.put("from", rows.get(i).get("from"));
            row.put("to", rows.get(i).get("to"));
            row.put("key", rows.get(i).get("key"));
            asked.add(row);
        }
        Map<Integer, List<Object>> held = new HashMap<>();
        tx.run(CLAIMS_HELD.get(kind), Map.of("rows", asked))
                .forEachRemaining(r -> held.put(r.get("i").asInt(), r.get("claims").asList()));
        return held;
    }
}
