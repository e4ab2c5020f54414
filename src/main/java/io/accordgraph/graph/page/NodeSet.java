package io.accordgraph.graph.page;

import io.accordgraph.graph.EntityType;

/**
 * The nodes a root list draws from: one kind, optionally narrowed by a fixed condition from code (negotiators are
 * persons in a delegation). Filters, order and pages apply on top.
 */
public record NodeSet(EntityType type, String condition) {

    public static NodeSet of(EntityType type) {
        return new NodeSet(type, "true");
    }

    /** {@code MATCH (n:Label) WHERE <condition> AND <filter>}, the start of every query on the set. */
    String match(String filter) {
        return "MATCH (n:" + type.label() + ") WHERE " + condition + " AND " + filter + " ";
    }
}
