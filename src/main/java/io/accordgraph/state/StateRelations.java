package io.accordgraph.state;

import io.accordgraph.asset.DisputedAsset;
import io.accordgraph.delegation.Delegation;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.Relation;
import io.accordgraph.graph.page.RelationList;
import io.accordgraph.issue.Issue;
import io.accordgraph.position.Position;
import io.accordgraph.statement.Statement;
import io.accordgraph.talks.Talks;

/** The Cypher behind the fields of State, each run once per batch of parents. */
final class StateRelations {

    static final RelationList<Delegation> DELEGATIONS =
            RelationList.nodes("State", "<-[r:REPRESENTS]-", EntityType.DELEGATION, Delegation::from);
    static final Relation<Talks> SPONSORED = Relation.nodes("State", "-[:SPONSORS]->", "Talks", Talks::from);
    static final Relation<Talks> PARTY_TO = Relation.nodes("State", "-[:PARTY_TO]->", "Talks", Talks::from);
    static final Relation<DisputedAsset> CONTROLS =
            Relation.nodes("State", "-[:CONTROLS]->", "DisputedAsset", DisputedAsset::from);
    static final Relation<DisputedAsset> CLAIMS =
            Relation.nodes("State", "-[:CLAIMS]->", "DisputedAsset", DisputedAsset::from);
    static final Relation<Issue> DISPUTES = Relation.nodes("State", "-[:DISPUTES]->", "Issue", Issue::from);
    static final Relation<Position> POSITIONS = Relation.nodes("State", "-[:TAKES]->", "Position", Position::from);
    static final Relation<Statement> STATEMENTS = Relation.nodes("State", "-[:MADE]->", "Statement", Statement::from);

    private StateRelations() {
    }
}
