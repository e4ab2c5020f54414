package io.accordgraph.statement;

import static io.accordgraph.graph.Cypher.related;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.accordgraph.entity.Entities;
import io.accordgraph.graph.Entity;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;

@ApplicationScoped
class StatementRepository {

    private static final String SPEAKER = related("Statement", "<-[:MADE]-", "Entity");
    private static final String ABOUT = related("Statement", "-[:ABOUT]->", "Entity");

    private final GraphReader graph;

    StatementRepository(GraphReader graph) {
        this.graph = graph;
    }

    List<Statement> all() {
        return graph.all(EntityType.STATEMENT, Statement::from);
    }

    List<Entity> speakers(List<Statement> statements) {
        return graph.onePerParent(SPEAKER, statements, Entities::from);
    }

    List<List<Entity>> subjects(List<Statement> statements) {
        return graph.perParent(ABOUT, statements, Entities::from);
    }
}
