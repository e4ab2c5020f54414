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
import io.accordgraph.graph.page.Lists;
import io.accordgraph.graph.page.NodeSet;
import io.accordgraph.graph.page.Order;
import io.accordgraph.graph.Relation;

@GraphQLApi
public class SourceApi {

    private static final Relation<Entity> REPORTS =
            Relation.nodes("Source", "<-[:REPORTED_BY]-", "Entity", Entities::from);

    private static final NodeSet ALL = NodeSet.of(EntityType.SOURCE);

    private final GraphReader graph;
    private final Lists lists;

    SourceApi(GraphReader graph, Lists lists) {
        this.graph = graph;
        this.lists = lists;
    }

    @Query
    @Description("Every report the graph cites. " + Lists.PAGED)
    public @NonNull List<@NonNull Source> sources(SourceWhere where, List<Order> orderBy, Integer first,
            Integer offset) {
        return lists.list(ALL, where, orderBy, first, offset, Source::from);
    }

    @Query
    @Description("As `sources`, one page at a time: `first` after the cursor `after`.")
    public @NonNull SourceConnection sourcesConnection(Integer first, String after, SourceWhere where,
            List<Order> orderBy) {
        return lists.connection(ALL, where, orderBy, first, after, Source::from, SourceConnection::new);
    }

    @Description("The entities this source reports (for a news agency, also the reports that relay it), by name.")
    public @NonNull List<@NonNull List<@NonNull Entity>> reports(
            @org.eclipse.microprofile.graphql.Source List<Source> parents) {
        return graph.perParent(REPORTS, parents);
    }
}
