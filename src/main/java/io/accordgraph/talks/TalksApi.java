package io.accordgraph.talks;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.accordgraph.delegation.Delegation;
import io.accordgraph.issue.Issue;
import io.accordgraph.state.State;
import io.accordgraph.workinggroup.WorkingGroup;

@GraphQLApi
public class TalksApi {

    private final TalksRepository talks;

    TalksApi(TalksRepository talks) {
        this.talks = talks;
    }

    @Query
    @Description("Every round of talks in the graph, by name.")
    public @NonNull List<@NonNull Talks> talks() {
        return talks.all();
    }

    @Description("States that sponsor this round.")
    public @NonNull List<@NonNull List<@NonNull State>> sponsors(@Source List<Talks> parents) {
        return talks.sponsors(parents);
    }

    @Description("States the negotiations are between, whether or not the sources name their delegations.")
    public @NonNull List<@NonNull List<@NonNull State>> parties(@Source List<Talks> parents) {
        return talks.parties(parents);
    }

    @Description("Delegations taking part.")
    public @NonNull List<@NonNull List<@NonNull Delegation>> delegations(@Source List<Talks> parents) {
        return talks.delegations(parents);
    }

    @Description("Working groups of this round.")
    public @NonNull List<@NonNull List<@NonNull WorkingGroup>> workingGroups(@Source List<Talks> parents) {
        return talks.workingGroups(parents);
    }

    @Description("Issues on the agenda.")
    public @NonNull List<@NonNull List<@NonNull Issue>> issues(@Source List<Talks> parents) {
        return talks.issues(parents);
    }
}
