package io.accordgraph.live;

import java.util.List;

import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;

/**
 * What one committed write stated: the nodes it created or updated and the facts it added or cited again. Only ids
 * travel: a subscriber reads what it selects from the graph, which by then holds the write.
 */
public record CommittedChanges(List<Entity> entities, List<Fact> facts) {

    /** A node a write created or updated. */
    public record Entity(String id, EntityType kind) {
    }

    /** A fact a write stated; {@code key} tells apart facts of one type between the same two nodes (a role's title). */
    public record Fact(String subject, Predicate predicate, String object, String key) {
    }

    public boolean isEmpty() {
        return entities.isEmpty() && facts.isEmpty();
    }
}
