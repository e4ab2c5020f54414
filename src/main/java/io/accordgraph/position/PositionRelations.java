package io.accordgraph.position;

import io.accordgraph.entity.Entities;
import io.accordgraph.graph.Entity;
import io.accordgraph.graph.Relation;

/** The Cypher behind the fields of Position, each run once per batch of parents. */
final class PositionRelations {

    static final Relation<Entity> HOLDER = Relation.nodes("Position", "<-[:TAKES]-", "Entity", Entities::from);
    static final Relation<Entity> CONCERNS = Relation.nodes("Position", "-[:CONCERNS]->", "Entity", Entities::from);

    private PositionRelations() {
    }
}
