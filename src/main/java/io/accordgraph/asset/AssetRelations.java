package io.accordgraph.asset;

import io.accordgraph.graph.Relation;
import io.accordgraph.issue.Issue;
import io.accordgraph.position.Position;

/** The Cypher behind the fields of DisputedAsset, each run once per batch of parents. */
final class AssetRelations {

    static final Relation<Control> CONTROLLED_BY =
            Relation.facts("DisputedAsset", "<-[r:CONTROLS]-", "State", Control::from);
    static final Relation<Claim> CLAIMED_BY = Relation.facts("DisputedAsset", "<-[r:CLAIMS]-", "State", Claim::from);
    static final Relation<Position> POSITIONS =
            Relation.nodes("DisputedAsset", "<-[:CONCERNS]-", "Position", Position::from);
    static final Relation<Issue> ISSUES = Relation.nodes("DisputedAsset", "<-[:INVOLVES]-", "Issue", Issue::from);

    private AssetRelations() {
    }
}
