package io.accordgraph.issue;

import static io.accordgraph.graph.Cypher.node;

import io.accordgraph.asset.DisputedAsset;
import io.accordgraph.graph.Relation;
import io.accordgraph.position.Position;
import io.accordgraph.state.State;
import io.accordgraph.talks.Talks;

/** The Cypher behind the fields of Issue, each run once per batch of parents. */
final class IssueRelations {

    // A position on one of the issue's assets (ceding a region) is a position on the issue (territory).
    static final Relation<Position> POSITIONS = new Relation<>("UNWIND $ids AS id MATCH (i:Issue {id: id}) "
            + "CALL (i) { MATCH (i)<-[:CONCERNS]-(p:Position) RETURN p "
            + "UNION MATCH (i)-[:INVOLVES]->(:DisputedAsset)<-[:CONCERNS]-(p:Position) RETURN p } "
            + "RETURN id, " + node("p") + " AS value ORDER BY p.name", Position::from);
    static final Relation<DisputedAsset> ASSETS =
            Relation.nodes("Issue", "-[:INVOLVES]->", "DisputedAsset", DisputedAsset::from);
    static final Relation<Talks> TALKS = Relation.nodes("Issue", "<-[:ADDRESSES]-", "Talks", Talks::from);
    static final Relation<State> DISPUTED_BY = Relation.nodes("Issue", "<-[:DISPUTES]-", "State", State::from);

    private IssueRelations() {
    }
}
