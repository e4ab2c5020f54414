package io.accordgraph.state;

import static io.accordgraph.state.StateRelations.CLAIMS;
import static io.accordgraph.state.StateRelations.CONTROLS;
import static io.accordgraph.state.StateRelations.DELEGATIONS;
import static io.accordgraph.state.StateRelations.DISPUTES;
import static io.accordgraph.state.StateRelations.PARTY_TO;
import static io.accordgraph.state.StateRelations.POSITIONS;
import static io.accordgraph.state.StateRelations.SPONSORED;
import static io.accordgraph.state.StateRelations.STATEMENTS;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.accordgraph.asset.DisputedAsset;
import io.accordgraph.delegation.Delegation;
import io.accordgraph.delegation.DelegationWhere;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.graph.page.Lists;
import io.accordgraph.graph.page.NodeSet;
import io.accordgraph.graph.page.Order;
import io.accordgraph.issue.Issue;
import io.accordgraph.position.Position;
import io.accordgraph.statement.Statement;
import io.accordgraph.talks.Talks;

@GraphQLApi
public class StateApi {

    private static final NodeSet ALL = NodeSet.of(EntityType.STATE);

    private final GraphReader graph;
    private final Lists lists;

    StateApi(GraphReader graph, Lists lists) {
        this.graph = graph;
        this.lists = lists;
    }

    @Query
    @Description("Every state in the graph. " + Lists.PAGED)
    public @NonNull List<@NonNull State> states(StateWhere where, List<Order> orderBy, Integer first,
            Integer offset) {
        return lists.list(ALL, where, orderBy, first, offset, State::from);
    }

    @Query
    @Description("As `states`, one page at a time: `first` after the cursor `after`.")
    public @NonNull StateConnection statesConnection(Integer first, String after, StateWhere where,
            List<Order> orderBy) {
        return lists.connection(ALL, where, orderBy, first, after, State::from, StateConnection::new);
    }

    @Description("Delegations that represent this state.")
    public @NonNull List<@NonNull List<@NonNull Delegation>> delegations(@Source List<State> parents,
            DelegationWhere where, List<Order> orderBy, Integer first) {
        return lists.perParent(DELEGATIONS, parents, where, orderBy, first, null);
    }

    @Description("Talks this state sponsors.")
    public @NonNull List<@NonNull List<@NonNull Talks>> sponsors(@Source List<State> parents) {
        return graph.perParent(SPONSORED, parents);
    }

    @Description("Talks this state is a party to.")
    public @NonNull List<@NonNull List<@NonNull Talks>> talks(@Source List<State> parents) {
        return graph.perParent(PARTY_TO, parents);
    }

    @Description("Assets this state controls, wholly or in part; `DisputedAsset.controlledBy` has extent and sources.")
    public @NonNull List<@NonNull List<@NonNull DisputedAsset>> controls(@Source List<State> parents) {
        return graph.perParent(CONTROLS, parents);
    }

    @Description("Assets this state claims; `DisputedAsset.claimedBy` gives the basis and sources.")
    public @NonNull List<@NonNull List<@NonNull DisputedAsset>> claims(@Source List<State> parents) {
        return graph.perParent(CLAIMS, parents);
    }

    @Description("Issues on which this state is divided from another.")
    public @NonNull List<@NonNull List<@NonNull Issue>> issues(@Source List<State> parents) {
        return graph.perParent(DISPUTES, parents);
    }

    @Description("Positions this state takes.")
    public @NonNull List<@NonNull List<@NonNull Position>> positions(@Source List<State> parents) {
        return graph.perParent(POSITIONS, parents);
    }

    @Description("Statements attributed to this state as a whole (e.g. to `the Kremlin`).")
    public @NonNull List<@NonNull List<@NonNull Statement>> statements(@Source List<State> parents) {
        return graph.perParent(STATEMENTS, parents);
    }
}
