package io.accordgraph.delegation;

import static io.accordgraph.graph.Cypher.related;
import static io.accordgraph.graph.Cypher.relatedFacts;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.person.Person;
import io.accordgraph.position.Position;
import io.accordgraph.state.State;
import io.accordgraph.statement.Statement;
import io.accordgraph.talks.Talks;

@ApplicationScoped
class DelegationRepository {

    private static final String STATE = related("Delegation", "-[:REPRESENTS]->", "State");
    private static final String HEAD = related("Delegation", "<-[:HEADS]-", "Person");
    private static final String MEMBERS = related("Delegation", "<-[:MEMBER_OF]-", "Person");
    private static final String TALKS = related("Delegation", "-[:PARTICIPATES_IN]->", "Talks");
    private static final String TRAVEL = relatedFacts("Delegation", "-[r:TRAVELLED_TO]->", "Talks");
    private static final String POSITIONS = related("Delegation", "-[:TAKES]->", "Position");
    private static final String STATEMENTS = related("Delegation", "-[:MADE]->", "Statement");

    private final GraphReader graph;

    DelegationRepository(GraphReader graph) {
        this.graph = graph;
    }

    List<Delegation> all() {
        return graph.all(EntityType.DELEGATION, Delegation::from);
    }

    List<State> states(List<Delegation> delegations) {
        return graph.onePerParent(STATE, delegations, State::from);
    }

    List<Person> heads(List<Delegation> delegations) {
        return graph.onePerParent(HEAD, delegations, Person::from);
    }

    List<List<Person>> members(List<Delegation> delegations) {
        return graph.perParent(MEMBERS, delegations, Person::from);
    }

    List<List<Talks>> talks(List<Delegation> delegations) {
        return graph.perParent(TALKS, delegations, Talks::from);
    }

    List<List<Travel>> travel(List<Delegation> delegations) {
        return graph.perParent(TRAVEL, delegations, Travel::from);
    }

    List<List<Position>> positions(List<Delegation> delegations) {
        return graph.perParent(POSITIONS, delegations, Position::from);
    }

    List<List<Statement>> statements(List<Delegation> delegations) {
        return graph.perParent(STATEMENTS, delegations, Statement::from);
    }
}
