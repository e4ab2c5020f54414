package io.accordgraph.asset;

import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.Relation;
import io.accordgraph.graph.page.RelationList;
import io.accordgraph.issue.Issue;
import io.accordgraph.position.Position;

/** The Cypher behind the fields of DisputedAsset, each run once per batch of parents. */
final class AssetRelations {

    static final RelationList<Control> CONTROLLED_BY =
            RelationList.facts("DisputedAsset", "<-[r:CONTROLS]-", EntityType.STATE, Control::from);
    static final RelationList<Claim> CLAIMED_BY =
            RelationList.facts("DisputedAsset", "<-[r:CLAIMS]-", EntityType.STATE, Claim::from);
    static final Relation<Position> POSITIONS =
            Relation.nodes("DisputedAsset", "<-[:CONCERNS]-", "Position", Position::from);
    static final Relation<Issue> ISSUES = Relation.nodes("DisputedAsset", "<-[:INVOLVES]-", "Issue", Issue::from);

    private AssetRelations() {
    }
}
