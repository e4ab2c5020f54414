package io.accordgraph.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.accordgraph.entity.Entities;
import io.accordgraph.graph.Entity;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.graph.Relation;

@GraphQLApi
public class SourceApi {

    private static final Relation<Entity> REPORTS =
            Relation.nodes("Source", "<-[:REPORTED_BY]-", "Entity", Entities::from);

    private final GraphReader graph;

    SourceApi(GraphReader graph) {
        this.graph = graph;
    }

    @Query
    @Description("Every report the graph cites, by name.")
    public @NonNull List<@NonNull Source> sources() {
        return graph.all(EntityType.SOURCE, Source::from);
    }

    @Description("The entities this source reports (for a news agency, also the reports that relay it), by name.")
    public @NonNull List<@NonNull List<@NonNull Entity>> reports(
            @org.eclipse.microprofile.graphql.Source List<Source> parents) {
        return graph.perParent(REPORTS, parents);
    }
}
