package io.accordgraph.state;

import static io.accordgraph.graph.Cypher.related;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.accordgraph.asset.DisputedAsset;
import io.accordgraph.delegation.Delegation;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.issue.Issue;
import io.accordgraph.position.Position;
import io.accordgraph.statement.Statement;
import io.accordgraph.talks.Talks;

@ApplicationScoped
class StateRepository {

    private static final String DELEGATIONS = related("State", "<-[:REPRESENTS]-", "Delegation");
    private static final String SPONSORED = related("State", "-[:SPONSORS]->", "Talks");
    private static final String PARTY_TO = related("State", "-[:PARTY_TO]->", "Talks");
    private static final String CONTROLS = related("State", "-[:CONTROLS]->", "DisputedAsset");
    private static final String CLAIMS = related("State", "-[:CLAIMS]->", "DisputedAsset");
    private static final String DISPUTES = related("State", "-[:DISPUTES]->", "Issue");
    private static final String POSITIONS = related("State", "-[:TAKES]->", "Position");
    private static final String STATEMENTS = related("State", "-[:MADE]->", "Statement");

    private final GraphReader graph;

    StateRepository(GraphReader graph) {
        this.graph = graph;
    }

    List<State> all() {
        return graph.all(EntityType.STATE, State::from);
    }

    List<List<Delegation>> delegations(List<State> states) {
        return graph.perParent(DELEGATIONS, states, Delegation::from);
    }

    List<List<Talks>> sponsored(List<State> states) {
        return graph.perParent(SPONSORED, states, Talks::from);
    }

    List<List<Talks>> partyTo(List<State> states) {
        return graph.perParent(PARTY_TO, states, Talks::from);
    }

    List<List<DisputedAsset>> controlled(List<State> states) {
        return graph.perParent(CONTROLS, states, DisputedAsset::from);
    }

    List<List<DisputedAsset>> claimed(List<State> states) {
        return graph.perParent(CLAIMS, states, DisputedAsset::from);
    }

    List<List<Issue>> disputedIssues(List<State> states) {
        return graph.perParent(DISPUTES, states, Issue::from);
    }

    List<List<Position>> positions(List<State> states) {
        return graph.perParent(POSITIONS, states, Position::from);
    }

    List<List<Statement>> statements(List<State> states) {
        return graph.perParent(STATEMENTS, states, Statement::from);
    }
}
