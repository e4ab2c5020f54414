package io.accordgraph.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.live.CommittedChanges;

/**
 * A validated bundle as rows ready for UNWIND: every value converted to what Neo4j stores.
 * Node rows are {@code {id, props, sources}}; relationship rows are {@code {from, to, key, props, sources}};
 * {@code stored} holds the ids that were in the graph before (the others are new).
 */
record PreparedBundle(Map<EntityType, List<Map<String, Object>>> nodes,
        Map<Predicate, List<Map<String, Object>>> relationships, Set<String> stored) {

    /** What writing this bundle states, for the subscriptions once it has committed. */
    CommittedChanges changes() {
        List<CommittedChanges.Entity> entities = new ArrayList<>();
        nodes.forEach((kind, rows) -> rows.forEach(row -> entities.add(
                new CommittedChanges.Entity((String) row.get("id"), kind))));
        List<CommittedChanges.Fact> facts = new ArrayList<>();
        relationships.forEach((predicate, rows) -> rows.forEach(row -> facts.add(new CommittedChanges.Fact(
                (String) row.get("from"), predicate, (String) row.get("to"), (String) row.get("key")))));
        return new CommittedChanges(entities, facts);
    }
}
