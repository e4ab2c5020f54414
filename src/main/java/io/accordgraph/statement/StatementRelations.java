package io.accordgraph.statement;

import io.accordgraph.entity.Entities;
import io.accordgraph.graph.Entity;
import io.accordgraph.graph.Relation;

/** The Cypher behind the fields of Statement, each run once per batch of parents. */
final class StatementRelations {

    static final Relation<Entity> SPEAKER = Relation.nodes("Statement", "<-[:MADE]-", "Entity", Entities::from);
    static final Relation<Entity> ABOUT = Relation.nodes("Statement", "-[:ABOUT]->", "Entity", Entities::from);

    private StatementRelations() {
    }
}
