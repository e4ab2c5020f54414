package io.accordgraph.person;

import static io.accordgraph.person.PersonRelations.DELEGATIONS;
import static io.accordgraph.person.PersonRelations.HEADS;
import static io.accordgraph.person.PersonRelations.NEGOTIATORS;
import static io.accordgraph.person.PersonRelations.POSITIONS;
import static io.accordgraph.person.PersonRelations.ROLES;
import static io.accordgraph.person.PersonRelations.STATEMENTS;
import static io.accordgraph.person.PersonRelations.WORKING_GROUPS;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.accordgraph.delegation.Delegation;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.position.Position;
import io.accordgraph.statement.Statement;
import io.accordgraph.workinggroup.WorkingGroup;

@GraphQLApi
public class PersonApi {

    private final GraphReader graph;

    PersonApi(GraphReader graph) {
        this.graph = graph;
    }

    @Query
    @Description("Every person in the graph, by name.")
    public @NonNull List<@NonNull Person> persons() {
        return graph.all(EntityType.PERSON, Person::from);
    }

    @Query
    @Description("Persons who are members of a delegation to any talks, by name.")
    public @NonNull List<@NonNull Person> negotiators() {
        return graph.list(NEGOTIATORS, Map.of(), Person::from);
    }

    @Description("Offices this person holds, each with its state, dates and sources.")
    public @NonNull List<@NonNull List<@NonNull Role>> roles(@Source List<Person> parents) {
        return graph.perParent(ROLES, parents);
    }

    @Description("Delegations this person heads.")
    public @NonNull List<@NonNull List<@NonNull Delegation>> heads(@Source List<Person> parents) {
        return graph.perParent(HEADS, parents);
    }

    @Description("Delegations this person belongs to (a head is also a member).")
    public @NonNull List<@NonNull List<@NonNull Delegation>> memberOf(@Source List<Person> parents) {
        return graph.perParent(DELEGATIONS, parents);
    }

    @Description("Working groups this person belongs to.")
    public @NonNull List<@NonNull List<@NonNull WorkingGroup>> workingGroups(@Source List<Person> parents) {
        return graph.perParent(WORKING_GROUPS, parents);
    }

    @Description("Statements this person made.")
    public @NonNull List<@NonNull List<@NonNull Statement>> statements(@Source List<Person> parents) {
        return graph.perParent(STATEMENTS, parents);
    }

    @Description("Positions this person takes.")
    public @NonNull List<@NonNull List<@NonNull Position>> positions(@Source List<Person> parents) {
        return graph.perParent(POSITIONS, parents);
    }
}
