package io.accordgraph.issue;

import static io.accordgraph.issue.IssueRelations.ASSETS;
import static io.accordgraph.issue.IssueRelations.DISPUTED_BY;
import static io.accordgraph.issue.IssueRelations.POSITIONS;
import static io.accordgraph.issue.IssueRelations.TALKS;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.accordgraph.asset.DisputedAsset;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.graph.page.Lists;
import io.accordgraph.graph.page.NodeSet;
import io.accordgraph.graph.page.Order;
import io.accordgraph.position.Position;
import io.accordgraph.state.State;
import io.accordgraph.talks.Talks;

@GraphQLApi
public class IssueApi {

    private static final NodeSet ALL = NodeSet.of(EntityType.ISSUE);

    private final GraphReader graph;
    private final Lists lists;

    IssueApi(GraphReader graph, Lists lists) {
        this.graph = graph;
        this.lists = lists;
    }

    @Query
    @Description("Every issue in the graph. " + Lists.PAGED)
    public @NonNull List<@NonNull Issue> issues(IssueWhere where, List<Order> orderBy, Integer first,
            Integer offset) {
        return lists.list(ALL, where, orderBy, first, offset, Issue::from);
    }

    @Query
    @Description("As `issues`, one page at a time: `first` after the cursor `after`.")
    public @NonNull IssueConnection issuesConnection(Integer first, String after, IssueWhere where,
            List<Order> orderBy) {
        return lists.connection(ALL, where, orderBy, first, after, Issue::from, IssueConnection::new);
    }

    @Description("Positions taken on this issue, directly or on one of its assets.")
    public @NonNull List<@NonNull List<@NonNull Position>> positions(@Source List<Issue> parents) {
        return graph.perParent(POSITIONS, parents);
    }

    @Description("Disputed assets this issue is about.")
    public @NonNull List<@NonNull List<@NonNull DisputedAsset>> assets(@Source List<Issue> parents) {
        return graph.perParent(ASSETS, parents);
    }

    @Description("Talks with this issue on their agenda.")
    public @NonNull List<@NonNull List<@NonNull Talks>> talks(@Source List<Issue> parents) {
        return graph.perParent(TALKS, parents);
    }

    @Description("States divided on this issue.")
    public @NonNull List<@NonNull List<@NonNull State>> disputedBy(@Source List<Issue> parents) {
        return graph.perParent(DISPUTED_BY, parents);
    }
}
