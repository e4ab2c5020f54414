package io.accordgraph.graph.filter;

import java.util.HashMap;
import java.util.Map;

/**
 * The parameters of one query being built, and fresh names for its variables: user values only ever reach Cypher
 * through here, as {@code $p0}, {@code $p1}, ...
 */
public final class CypherParameters {

    private final Map<String, Object> values = new HashMap<>();
    private int variables;

    /** Adds a value and returns the placeholder to write in the query. */
    public String add(Object value) {
        String name = "p" + values.size();
        values.put(name, value);
        return "$" + name;
    }

    /** Adds a value under a fixed name, for the parts of a query that are not generated (e.g. {@code $ids}). */
    public void put(String name, Object value) {
        values.put(name, value);
    }

    /** A variable name not used elsewhere in the query, for a node reached through a relationship filter. */
    public String variable() {
        return "f" + variables++;
    }

    public Map<String, Object> values() {
        return values;
    }
}
