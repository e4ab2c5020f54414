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
import io.accordgraph.position.Position;
import io.accordgraph.state.State;
import io.accordgraph.talks.Talks;

@GraphQLApi
public class IssueApi {

    private final GraphReader graph;

    IssueApi(GraphReader graph) {
        this.graph = graph;
    }

    @Query
    @Description("Every issue in the graph, by name.")
    public @NonNull List<@NonNull Issue> issues() {
        return graph.all(EntityType.ISSUE, Issue::from);
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
