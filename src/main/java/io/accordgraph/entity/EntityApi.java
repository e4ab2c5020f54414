package io.accordgraph.entity;

import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.accordgraph.graph.Cypher;
import io.accordgraph.graph.Entity;
import io.accordgraph.graph.GraphReader;

/** Looks up any node by its id. */
@GraphQLApi
public class EntityApi {

    private static final String BY_ID = "MATCH (n:Entity {id: $id}) RETURN " + Cypher.node("n");

    private final GraphReader graph;

    EntityApi(GraphReader graph) {
        this.graph = graph;
    }

    @Query
    @Description("The node with this id, whatever its kind, or null if there is none.")
    public Entity entity(@NonNull @Id String id) {
        return graph.single(BY_ID, Map.of("id", id), Entities::from);
    }
}
