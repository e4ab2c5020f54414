package io.accordgraph.bundle;

import java.util.List;
import java.util.Map;

import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;

/**
 * A validated bundle as rows ready for UNWIND: every value converted to what Neo4j stores.
 * Node rows are {@code {id, props, sources}}; relationship rows are {@code {from, to, key, props, sources}}.
 */
record PreparedBundle(Map<EntityType, List<Map<String, Object>>> nodes,
        Map<Predicate, List<Map<String, Object>>> relationships) {
}
