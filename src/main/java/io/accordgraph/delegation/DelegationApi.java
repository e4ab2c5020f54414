package io.accordgraph.delegation;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.accordgraph.person.Person;
import io.accordgraph.position.Position;
import io.accordgraph.state.State;
import io.accordgraph.statement.Statement;
import io.accordgraph.talks.Talks;

@GraphQLApi
public class DelegationApi {

    private final DelegationRepository delegations;

    DelegationApi(DelegationRepository delegations) {
        this.delegations = delegations;
    }

    @Query
    @Description("Every delegation in the graph, by name.")
    public @NonNull List<@NonNull Delegation> delegations() {
        return delegations.all();
    }

    @Description("The state this delegation represents.")
    public List<State> state(@Source List<Delegation> parents) {
        return delegations.states(parents);
    }

    @Description("The person who heads this delegation, if the sources name one.")
    public List<Person> head(@Source List<Delegation> parents) {
        return delegations.heads(parents);
    }

    @Description("Everyone in this delegation, the head included.")
    public @NonNull List<@NonNull List<@NonNull Person>> members(@Source List<Delegation> parents) {
        return delegations.members(parents);
    }

    @Description("Talks this delegation takes part in.")
    public @NonNull List<@NonNull List<@NonNull Talks>> talks(@Source List<Delegation> parents) {
        return delegations.talks(parents);
    }

    @Description("How this delegation travelled to talks.")
    public @NonNull List<@NonNull List<@NonNull Travel>> travel(@Source List<Delegation> parents) {
        return delegations.travel(parents);
    }

    @Description("Positions this delegation takes.")
    public @NonNull List<@NonNull List<@NonNull Position>> positions(@Source List<Delegation> parents) {
        return delegations.positions(parents);
    }

    @Description("Statements attributed to this delegation as a whole.")
    public @NonNull List<@NonNull List<@NonNull Statement>> statements(@Source List<Delegation> parents) {
        return delegations.statements(parents);
    }
}
