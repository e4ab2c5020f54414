package io.accordgraph.person;

import io.accordgraph.delegation.Delegation;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.Relation;
import io.accordgraph.graph.page.NodeSet;
import io.accordgraph.graph.page.RelationList;
import io.accordgraph.position.Position;
import io.accordgraph.statement.Statement;
import io.accordgraph.workinggroup.WorkingGroup;

/** The Cypher behind the fields of Person, each run once per batch of parents. */
final class PersonRelations {

    static final NodeSet NEGOTIATORS =
            new NodeSet(EntityType.PERSON, "EXISTS { (n)-[:MEMBER_OF]->(:Delegation) }");
    static final RelationList<Role> ROLES = RelationList.facts("Person", "-[r:SERVES]->", EntityType.STATE, Role::from);
    static final Relation<Delegation> HEADS = Relation.nodes("Person", "-[:HEADS]->", "Delegation", Delegation::from);
    static final Relation<Delegation> DELEGATIONS =
            Relation.nodes("Person", "-[:MEMBER_OF]->", "Delegation", Delegation::from);
    static final Relation<WorkingGroup> WORKING_GROUPS =
            Relation.nodes("Person", "-[:MEMBER_OF]->", "WorkingGroup", WorkingGroup::from);
    static final Relation<Statement> STATEMENTS = Relation.nodes("Person", "-[:MADE]->", "Statement", Statement::from);
    static final Relation<Position> POSITIONS = Relation.nodes("Person", "-[:TAKES]->", "Position", Position::from);

    private PersonRelations() {
    }
}
