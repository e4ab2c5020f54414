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
import io.accordgraph.delegation.DelegationWhere;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.graph.page.Lists;
import io.accordgraph.graph.page.NodeSet;
import io.accordgraph.graph.page.Order;
import io.accordgraph.issue.Issue;
import io.accordgraph.state.State;
import io.accordgraph.workinggroup.WorkingGroup;

@GraphQLApi
public class TalksApi {

    private static final NodeSet ALL = NodeSet.of(EntityType.TALKS);

    private final GraphReader graph;
    private final Lists lists;

    TalksApi(GraphReader graph, Lists lists) {
        this.graph = graph;
        this.lists = lists;
    }

    @Query
    @Description("Every round of talks in the graph. " + Lists.PAGED)
    public @NonNull List<@NonNull Talks> talks(TalksWhere where, List<Order> orderBy, Integer first,
            Integer offset) {
        return lists.list(ALL, where, orderBy, first, offset, Talks::from);
    }

    @Query
    @Description("As `talks`, one page at a time: `first` after the cursor `after`.")
    public @NonNull TalksConnection talksConnection(Integer first, String after, TalksWhere where,
            List<Order> orderBy) {
        return lists.connection(ALL, where, orderBy, first, after, Talks::from, TalksConnection::new);
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
    public @NonNull List<@NonNull List<@NonNull Delegation>> delegations(@Source List<Talks> parents,
            DelegationWhere where, List<Order> orderBy, Integer first) {
        return lists.perParent(DELEGATIONS, parents, where, orderBy, first, null);
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
