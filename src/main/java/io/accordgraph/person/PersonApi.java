package io.accordgraph.person;

import static io.accordgraph.person.PersonRelations.DELEGATIONS;
import static io.accordgraph.person.PersonRelations.HEADS;
import static io.accordgraph.person.PersonRelations.NEGOTIATORS;
import static io.accordgraph.person.PersonRelations.POSITIONS;
import static io.accordgraph.person.PersonRelations.ROLES;
import static io.accordgraph.person.PersonRelations.STATEMENTS;
import static io.accordgraph.person.PersonRelations.WORKING_GROUPS;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.accordgraph.delegation.Delegation;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.graph.page.Lists;
import io.accordgraph.graph.page.NodeSet;
import io.accordgraph.graph.page.Order;
import io.accordgraph.position.Position;
import io.accordgraph.statement.Statement;
import io.accordgraph.workinggroup.WorkingGroup;

@GraphQLApi
public class PersonApi {

    private static final NodeSet ALL = NodeSet.of(EntityType.PERSON);

    private final GraphReader graph;
    private final Lists lists;

    PersonApi(GraphReader graph, Lists lists) {
        this.graph = graph;
        this.lists = lists;
    }

    @Query
    @Description("Every person in the graph. " + Lists.PAGED)
    public @NonNull List<@NonNull Person> persons(PersonWhere where, List<Order> orderBy, Integer first,
            Integer offset) {
        return lists.list(ALL, where, orderBy, first, offset, Person::from);
    }

    @Query
    @Description("As `persons`, one page at a time: `first` after the cursor `after`.")
    public @NonNull PersonConnection personsConnection(Integer first, String after, PersonWhere where,
            List<Order> orderBy) {
        return lists.connection(ALL, where, orderBy, first, after, Person::from, PersonConnection::new);
    }

    @Query
    @Description("Persons who are members of a delegation to any talks, by name; filtered, sorted and paged as "
            + "`persons`.")
    public @NonNull List<@NonNull Person> negotiators(PersonWhere where, List<Order> orderBy, Integer first,
            Integer offset) {
        return lists.list(NEGOTIATORS, where, orderBy, first, offset, Person::from);
    }

    @Description("Offices this person holds, each with its state, dates and sources; with `asOf`, only those "
            + "valid that day.")
    public @NonNull List<@NonNull List<@NonNull Role>> roles(@Source List<Person> parents, LocalDate asOf) {
        return lists.perParent(ROLES, parents, null, null, null, asOf);
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
