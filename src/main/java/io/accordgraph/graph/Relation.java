package io.accordgraph.graph;

import java.util.function.Function;

import org.neo4j.driver.Value;

/**
 * How one GraphQL field is resolved for a whole batch of parents in one query: the Cypher, which receives the
 * parents' {@code $ids} and returns rows of {@code id} and {@code value}, and the mapping of each value.
 */
public record Relation<T>(String cypher, Function<Value, T> mapper) {

    /**
     * The nodes reached from parents of one label along a pattern, by name, e.g.
     * {@code nodes("State", "<-[:REPRESENTS]-", "Delegation", Delegation::from)}.
     */
    public static <T> Relation<T> nodes(String fromLabel, String pattern, String toLabel, Function<Value, T> mapper) {
        return new Relation<>(walk(fromLabel, pattern, toLabel) + "RETURN id, " + Cypher.node("m")
                + " AS value ORDER BY m.name", mapper);
    }

    /**
     * As {@link #nodes}, for a pattern whose relationship is bound to {@code r}: each value is the relationship's
     * properties with the far node under {@code node} and the sources the relationship cites under {@code sources}.
     */
    public static <T> Relation<T> facts(String fromLabel, String pattern, String toLabel, Function<Value, T> mapper) {
        return new Relation<>(walk(fromLabel, pattern, toLabel) + "RETURN id, r {.*, node: " + Cypher.node("m")
                + ", sources: " + Cypher.citedSources("r") + "} AS value ORDER BY m.name", mapper);
    }

    /** From each parent id, by its label's index, along the pattern to the nodes bound to {@code m}. */
    private static String walk(String fromLabel, String pattern, String toLabel) {
        return "UNWIND $ids AS id MATCH (:" + fromLabel + " {id: id})" + pattern + "(m:" + toLabel + ") ";
    }
}
