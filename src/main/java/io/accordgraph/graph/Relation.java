package io.accordgraph.graph;

import java.util.function.Function;

import org.neo4j.driver.Value;

/**
 * How one GraphQL field is resolved for a whole batch of parents in one query: the Cypher, which receives the
 * parents' {@code $ids} and returns rows of {@code id} and {@code value}, and the mapping of each value.
 */
public record Relation<T>(String cypher, Function<Value, T> mapper) {

    /** The value of a node field: the far node {@code m}. */
    public static final String NODE_VALUE = Cypher.node("m");
    /** The value of a fact field: the properties of {@code r}, the far node and the sources {@code r} cites. */
    public static final String FACT_VALUE =
            "r {.*, node: " + NODE_VALUE + ", sources: " + Cypher.citedSources("r") + "}";

    /**
     * The nodes reached from parents of one label along a pattern, by name, e.g.
     * {@code nodes("State", "<-[:REPRESENTS]-", "Delegation", Delegation::from)}.
     */
    public static <T> Relation<T> nodes(String fromLabel, String pattern, String toLabel, Function<Value, T> mapper) {
        return new Relation<>(walk(fromLabel, pattern, toLabel) + "RETURN id, " + NODE_VALUE
                + " AS value ORDER BY m.name", mapper);
    }

    /**
     * As {@link #nodes}, for a pattern whose relationship is bound to {@code r}: each value is the relationship's
     * properties with the far node under {@code node} and the sources the relationship cites under {@code sources}.
     */
    public static <T> Relation<T> facts(String fromLabel, String pattern, String toLabel, Function<Value, T> mapper) {
        return new Relation<>(walk(fromLabel, pattern, toLabel) + "RETURN id, " + FACT_VALUE
                + " AS value ORDER BY m.name", mapper);
    }

    /** From each parent id, by its label's index, along the pattern to the nodes bound to {@code m}. */
    public static String walk(String fromLabel, String pattern, String toLabel) {
        return "UNWIND $ids AS id MATCH (:" + fromLabel + " {id: id})" + pattern + "(m:" + toLabel + ") ";
    }
}
