package io.accordgraph.graph.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

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

    /** {@link #key} in Cypher, of {@code qualifiers}: a relationship or a map of its properties. */
    public static String keyOf(String qualifiers) {
        return "reduce(k = '', q IN COLLECT { UNWIND keys(" + qualifiers + ") AS q WITH q WHERE NOT q IN "
                + bookkeeping() + " AND " + qualifiers + "[q] IS NOT NULL WITH q ORDER BY q RETURN q + '\\u001f' + "
                + "toString(" + qualifiers + "[q]) } | k + q + '\\u001e')";
    }

    /** The bookkeeping names as a Cypher list literal (constants of this class, not user text). */
    public static String bookkeeping() {
        return BOOKKEEPING.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * Cypher for the value the node {@code n} shows for {@code property}: what the most recently published source
     * says of it, or the node's own value when no source says anything (a graph written before claims were kept).
     */
    public static String current(String n, String property) {
        return "coalesce(head(COLLECT { MATCH " + Predicate.REPORTED_BY.out().between(n, "said", "s:"
                + EntityType.SOURCE.label()) + " WHERE said." + property + " IS NOT NULL RETURN said." + property
                + " ORDER BY " + newestFirst("s") + " }), " + n + "." + property + ")";
    }

    /** {@code ORDER BY} items for sources, most recently published first, undated ones last. */
    public static String newestFirst(String s) {
        return s + ".publishedAt IS NULL, " + s + ".publishedAt DESC, " + s + ".id DESC";
    }
}
