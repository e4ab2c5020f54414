package io.accordgraph.graph;

/** Fragments shared by the repositories' queries. They hold no user input: values always travel as parameters. */
public final class Cypher {

    private Cypher() {
    }

    /** Map projection of a node with all its properties and its kind, e.g. {@code node("m")}. */
    public static String node(String variable) {
        return variable + " {.*, type: [l IN labels(" + variable + ") WHERE l <> '" + EntityType.ENTITY_LABEL
                + "'][0]}";
    }

    /**
     * A batched walk from parents of one label along a pattern, e.g. {@code related("State", "<-[:REPRESENTS]-",
     * "Delegation")}: rows of the parent's {@code id} and the node found as {@code value}, by name.
     */
    public static String related(String fromLabel, String pattern, String toLabel) {
        return "UNWIND $ids AS id MATCH (:" + fromLabel + " {id: id})" + pattern + "(m:" + toLabel + ") "
                + "RETURN id, " + node("m") + " AS value ORDER BY m.name";
    }

    /**
     * As {@link #related}, for a pattern whose relationship is bound to {@code r}: the value is the relationship's
     * properties with the far node under {@code node} and the cited sources under {@code sources}.
     */
    public static String relatedFacts(String fromLabel, String pattern, String toLabel) {
        return "UNWIND $ids AS id MATCH (:" + fromLabel + " {id: id})" + pattern + "(m:" + toLabel + ") "
                + "RETURN id, r {.*, node: " + node("m") + ", sources: " + citedSources("r") + "} AS value "
                + "ORDER BY m.name";
    }

    /** The Source nodes whose ids a relationship lists in its {@code sources} property. */
    public static String citedSources(String relationship) {
        return "COLLECT { MATCH (s:Source) WHERE s.id IN " + relationship + ".sources RETURN " + node("s")
                + " ORDER BY s.id }";
    }
}
