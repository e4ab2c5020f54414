package io.accordgraph.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;

@GraphQLApi
public class SourceApi {

    private final GraphReader graph;

    SourceApi(GraphReader graph) {
        this.graph = graph;
    }

    @Query
    @Description("Every report the graph cites, by name.")
    public @NonNull List<@NonNull Source> sources() {
        return graph.all(EntityType.SOURCE, Source::from);
    }
}
