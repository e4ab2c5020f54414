package io.accordgraph.person;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.accordgraph.delegation.Delegation;
import io.accordgraph.position.Position;
import io.accordgraph.statement.Statement;
import io.accordgraph.workinggroup.WorkingGroup;

@GraphQLApi
public class PersonApi {

    private final PersonRepository persons;

    PersonApi(PersonRepository persons) {
        this.persons = persons;
    }

    @Query
    @Description("Every person in the graph, by name.")
    public @NonNull List<@NonNull Person> persons() {
        return persons.all();
    }

    @Query
    @Description("Persons who are members of a delegation to any talks, by name.")
    public @NonNull List<@NonNull Person> negotiators() {
        return persons.negotiators();
    }

    @Description("Offices this person holds, each with its state, dates and sources.")
    public @NonNull List<@NonNull List<@NonNull Role>> roles(@Source List<Person> parents) {
        return persons.roles(parents);
    }

    @Description("Delegations this person heads.")
    public @NonNull List<@NonNull List<@NonNull Delegation>> heads(@Source List<Person> parents) {
        return persons.headed(parents);
    }

    @Description("Delegations this person belongs to (a head is also a member).")
    public @NonNull List<@NonNull List<@NonNull Delegation>> memberOf(@Source List<Person> parents) {
        return persons.delegations(parents);
    }

    @Description("Working groups this person belongs to.")
    public @NonNull List<@NonNull List<@NonNull WorkingGroup>> workingGroups(@Source List<Person> parents) {
        return persons.workingGroups(parents);
    }

    @Description("Statements this person made.")
    public @NonNull List<@NonNull List<@NonNull Statement>> statements(@Source List<Person> parents) {
        return persons.statements(parents);
    }

    @Description("Positions this person takes.")
    public @NonNull List<@NonNull List<@NonNull Position>> positions(@Source List<Person> parents) {
        return persons.positions(parents);
    }
}
