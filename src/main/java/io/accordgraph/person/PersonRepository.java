package io.accordgraph.person;

import static io.accordgraph.graph.Cypher.node;
import static io.accordgraph.graph.Cypher.related;
import static io.accordgraph.graph.Cypher.relatedFacts;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.accordgraph.delegation.Delegation;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.position.Position;
import io.accordgraph.statement.Statement;
import io.accordgraph.workinggroup.WorkingGroup;

@ApplicationScoped
class PersonRepository {

    private static final String NEGOTIATORS = "MATCH (n:Person) WHERE EXISTS { (n)-[:MEMBER_OF]->(:Delegation) } "
            + "RETURN " + node("n") + " ORDER BY n.name";
    private static final String ROLES = relatedFacts("Person", "-[r:SERVES]->", "State");
    private static final String HEADS = related("Person", "-[:HEADS]->", "Delegation");
    private static final String DELEGATIONS = related("Person", "-[:MEMBER_OF]->", "Delegation");
    private static final String WORKING_GROUPS = related("Person", "-[:MEMBER_OF]->", "WorkingGroup");
    private static final String STATEMENTS = related("Person", "-[:MADE]->", "Statement");
    private static final String POSITIONS = related("Person", "-[:TAKES]->", "Position");

    private final GraphReader graph;

    PersonRepository(GraphReader graph) {
        this.graph = graph;
    }

    List<Person> all() {
        return graph.all(EntityType.PERSON, Person::from);
    }

    List<Person> negotiators() {
        return graph.list(NEGOTIATORS, Map.of(), Person::from);
    }

    List<List<Role>> roles(List<Person> persons) {
        return graph.perParent(ROLES, persons, Role::from);
    }

    List<List<Delegation>> headed(List<Person> persons) {
        return graph.perParent(HEADS, persons, Delegation::from);
    }

    List<List<Delegation>> delegations(List<Person> persons) {
        return graph.perParent(DELEGATIONS, persons, Delegation::from);
    }

    List<List<WorkingGroup>> workingGroups(List<Person> persons) {
        return graph.perParent(WORKING_GROUPS, persons, WorkingGroup::from);
    }

    List<List<Statement>> statements(List<Person> persons) {
        return graph.perParent(STATEMENTS, persons, Statement::from);
    }

    List<List<Position>> positions(List<Person> persons) {
        return graph.perParent(POSITIONS, persons, Position::from);
    }
}
