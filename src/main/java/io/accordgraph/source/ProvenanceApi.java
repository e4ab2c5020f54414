package io.accordgraph.source;

import static io.accordgraph.graph.Cypher.node;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.accordgraph.graph.Entity;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.graph.Relation;

/** The {@code sources} field of every entity: the reports a node rests on, through its REPORTED_BY relationships. */
@GraphQLApi
public class ProvenanceApi {

    private static final Relation<Source> REPORTED_BY = new Relation<>("UNWIND $ids AS id "
            + "MATCH (:Entity {id: id})-[:REPORTED_BY]->(s:Source) RETURN id, " + node("s") + " AS value ORDER BY s.id",
            Source::from);

    private final GraphReader graph;

    ProvenanceApi(GraphReader graph) {
        this.graph = graph;
    }

    @Name("sources")
    @Description("The reports that state this entity; for a source, the reports that cite it.")
    public @NonNull List<@NonNull List<@NonNull Source>> sourcesOf(
            @org.eclipse.microprofile.graphql.Source List<Entity> entities) {
        return graph.perParent(REPORTED_BY, entities);
    }
}
