package io.accordgraph.issue;

import static io.accordgraph.graph.Cypher.node;
import static io.accordgraph.graph.Cypher.related;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.accordgraph.asset.DisputedAsset;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.position.Position;
import io.accordgraph.state.State;
import io.accordgraph.talks.Talks;

@ApplicationScoped
class IssueRepository {

    // A position on one of the issue's assets (ceding a region) is a position on the issue (territory).
    private static final String POSITIONS = "UNWIND $ids AS id MATCH (i:Issue {id: id}) "
            + "CALL (i) { MATCH (i)<-[:CONCERNS]-(p:Position) RETURN p "
            + "UNION MATCH (i)-[:INVOLVES]->(:DisputedAsset)<-[:CONCERNS]-(p:Position) RETURN p } "
            + "RETURN id, " + node("p") + " AS value ORDER BY p.name";
    private static final String ASSETS = related("Issue", "-[:INVOLVES]->", "DisputedAsset");
    private static final String TALKS = related("Issue", "<-[:ADDRESSES]-", "Talks");
    private static final String DISPUTED_BY = related("Issue", "<-[:DISPUTES]-", "State");

    private final GraphReader graph;

    IssueRepository(GraphReader graph) {
        this.graph = graph;
    }

    List<Issue> all() {
        return graph.all(EntityType.ISSUE, Issue::from);
    }

    List<List<Position>> positions(List<Issue> issues) {
        return graph.perParent(POSITIONS, issues, Position::from);
    }

    List<List<DisputedAsset>> assets(List<Issue> issues) {
        return graph.perParent(ASSETS, issues, DisputedAsset::from);
    }

    List<List<Talks>> talks(List<Issue> issues) {
        return graph.perParent(TALKS, issues, Talks::from);
    }

    List<List<State>> disputedBy(List<Issue> issues) {
        return graph.perParent(DISPUTED_BY, issues, State::from);
    }
}
