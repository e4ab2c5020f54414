package io.accordgraph.position;

import static io.accordgraph.graph.Cypher.related;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.accordgraph.entity.Entities;
import io.accordgraph.graph.Entity;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;

@ApplicationScoped
class PositionRepository {

    private static final String HOLDER = related("Position", "<-[:TAKES]-", "Entity");
    private static final String CONCERNS = related("Position", "-[:CONCERNS]->", "Entity");

    private final GraphReader graph;

    PositionRepository(GraphReader graph) {
        this.graph = graph;
    }

    List<Position> all() {
        return graph.all(EntityType.POSITION, Position::from);
    }

    List<Entity> holders(List<Position> positions) {
        return graph.onePerParent(HOLDER, positions, Entities::from);
    }

    List<Entity> concerns(List<Position> positions) {
        return graph.onePerParent(CONCERNS, positions, Entities::from);
    }
}
