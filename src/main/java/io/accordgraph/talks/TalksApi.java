package io.accordgraph.talks;

import static io.accordgraph.talks.TalksRelations.DELEGATIONS;
import static io.accordgraph.talks.TalksRelations.ISSUES;
import static io.accordgraph.talks.TalksRelations.PARTIES;
import static io.accordgraph.talks.TalksRelations.SPONSORS;
import static io.accordgraph.talks.TalksRelations.WORKING_GROUPS;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.accordgraph.delegation.Delegation;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.issue.Issue;
import io.accordgraph.state.State;
import io.accordgraph.workinggroup.WorkingGroup;

@GraphQLApi
public class TalksApi {

    private final GraphReader graph;

    TalksApi(GraphReader graph) {
        this.graph = graph;
    }

    @Query
    @Description("Every round of talks in the graph, by name.")
    public @NonNull List<@NonNull Talks> talks() {
        return graph.all(EntityType.TALKS, Talks::from);
    }

    @Description("States that sponsor this round.")
    public @NonNull List<@NonNull List<@NonNull State>> sponsors(@Source List<Talks> parents) {
        return graph.perParent(SPONSORS, parents);
    }

    @Description("States the negotiations are between, whether or not the sources name their delegations.")
    public @NonNull List<@NonNull List<@NonNull State>> parties(@Source List<Talks> parents) {
        return graph.perParent(PARTIES, parents);
    }

    @Description("Delegations taking part.")
    public @NonNull List<@NonNull List<@NonNull Delegation>> delegations(@Source List<Talks> parents) {
        return graph.perParent(DELEGATIONS, parents);
    }

    @Description("Working groups of this round.")
    public @NonNull List<@NonNull List<@NonNull WorkingGroup>> workingGroups(@Source List<Talks> parents) {
        return graph.perParent(WORKING_GROUPS, parents);
    }

    @Description("Issues on the agenda.")
    public @NonNull List<@NonNull List<@NonNull Issue>> issues(@Source List<Talks> parents) {
        return graph.perParent(ISSUES, parents);
    }
}
