package io.accordgraph.graph;

/** Fragments shared by the API's queries. They hold no user input: values always travel as parameters. */
public final class Cypher {

    private Cypher() {
    }

    /** Map projection of a node with all its properties and its kind, e.g. {@code node("m")}. */
    public static String node(String variable) {
        return variable + " {.*, type: [l IN labels(" + variable + ") WHERE l <> '" + EntityType.ENTITY_LABEL
                + "'][0]}";
    }

    /** The Source nodes whose ids a relationship lists in its {@code sources} property. */
    public static String citedSources(String relationship) {
        return "COLLECT { MATCH (cited:Source) WHERE cited.id IN " + relationship + ".sources RETURN " + node("cited")
                + " ORDER BY cited.id }";
    }
}
