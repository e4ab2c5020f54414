package io.accordgraph.delegation;

import static io.accordgraph.delegation.DelegationRelations.HEAD;
import static io.accordgraph.delegation.DelegationRelations.MEMBERS;
import static io.accordgraph.delegation.DelegationRelations.MEMBERS_COUNT;
import static io.accordgraph.delegation.DelegationRelations.POSITIONS;
import static io.accordgraph.delegation.DelegationRelations.STATE;
import static io.accordgraph.delegation.DelegationRelations.STATEMENTS;
import static io.accordgraph.delegation.DelegationRelations.TALKS;
import static io.accordgraph.delegation.DelegationRelations.TRAVEL;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.graph.page.Lists;
import io.accordgraph.graph.page.NodeSet;
import io.accordgraph.graph.page.Order;
import io.accordgraph.person.Person;
import io.accordgraph.person.PersonWhere;
import io.accordgraph.position.Position;
import io.accordgraph.state.State;
import io.accordgraph.statement.Statement;
import io.accordgraph.talks.Talks;

@GraphQLApi
public class DelegationApi {

    private static final NodeSet ALL = NodeSet.of(EntityType.DELEGATION);

    private final GraphReader graph;
    private final Lists lists;

    DelegationApi(GraphReader graph, Lists lists) {
        this.graph = graph;
        this.lists = lists;
    }

    @Query
    @Description("Every delegation in the graph. " + Lists.PAGED)
    public @NonNull List<@NonNull Delegation> delegations(DelegationWhere where, List<Order> orderBy, Integer first,
            Integer offset) {
        return lists.list(ALL, where, orderBy, first, offset, Delegation::from);
    }

    @Query
    @Description("As `delegations`, one page at a time: `first` after the cursor `after`.")
    public @NonNull DelegationConnection delegationsConnection(Integer first, String after, DelegationWhere where,
            List<Order> orderBy) {
        return lists.connection(ALL, where, orderBy, first, after, Delegation::from, DelegationConnection::new);
    }

    @Description("The state this delegation represents.")
    public List<State> state(@Source List<Delegation> parents) {
        return graph.onePerParent(STATE, parents);
    }

    @Description("The person who heads this delegation, if the sources name one.")
    public List<Person> head(@Source List<Delegation> parents) {
        return graph.onePerParent(HEAD, parents);
    }

    @Description("Everyone in this delegation, the head included: filtered by `where`, by name unless `orderBy` "
            + "says otherwise, the first `first`; with `asOf`, only memberships valid that day.")
    public @NonNull List<@NonNull List<@NonNull Person>> members(@Source List<Delegation> parents, PersonWhere where,
            List<Order> orderBy, Integer first, LocalDate asOf) {
        return lists.perParent(MEMBERS, parents, where, orderBy, first, asOf);
    }

    @Description("How many persons are members of this delegation, the head included.")
    public @NonNull List<@NonNull Integer> membersCount(@Source List<Delegation> parents) {
        return graph.onePerParent(MEMBERS_COUNT, parents);
    }

    @Description("Talks this delegation takes part in.")
    public @NonNull List<@NonNull List<@NonNull Talks>> talks(@Source List<Delegation> parents) {
        return graph.perParent(TALKS, parents);
    }

    @Description("How this delegation travelled to talks.")
    public @NonNull List<@NonNull List<@NonNull Travel>> travel(@Source List<Delegation> parents) {
        return graph.perParent(TRAVEL, parents);
    }

    @Description("Positions this delegation takes.")
    public @NonNull List<@NonNull List<@NonNull Position>> positions(@Source List<Delegation> parents) {
        return graph.perParent(POSITIONS, parents);
    }

    @Description("Statements attributed to this delegation as a whole.")
    public @NonNull List<@NonNull List<@NonNull Statement>> statements(@Source List<Delegation> parents) {
        return graph.perParent(STATEMENTS, parents);
    }
}
