package io.accordgraph.fact;


import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.accordgraph.graph.Entity;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.graph.Relation;

/**
 * The {@code facts} field of every entity: each relationship touching it, in either direction, with its sources.
 * Provenance links (REPORTED_BY) are left out: {@code sources} shows them.
 */
@GraphQLApi
public class FactApi {

    // Facts with a start date first, the newest of them first; then by predicate and by the other end's name.
    private static final Relation<Fact> FACTS = new Relation<>("UNWIND $ids AS id "
            + "MATCH (n:Entity {id: id})-[r]-(other:Entity) WHERE NOT r:REPORTED_BY "
            + "WITH id, r, other, startNode(r) AS s, endNode(r) AS o "
            + "RETURN id, " + Fact.PROJECTION + " AS value "
            + "ORDER BY r.since IS NULL, r.since DESC, type(r), other.name", Fact::from);

    private final GraphReader graph;

    FactApi(GraphReader graph) {
        this.graph = graph;
    }

    @Name("facts")
    @Description("Every relationship of this entity as a fact (subject, predicate, object), newest first, each with "
            + "its sources.")
    public @NonNull List<@NonNull List<@NonNull Fact>> factsOf(@Source List<Entity> entities) {
        return graph.perParent(FACTS, entities);
    }
}
