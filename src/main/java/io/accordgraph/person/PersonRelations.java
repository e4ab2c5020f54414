package io.accordgraph.person;

import static io.accordgraph.graph.Cypher.node;

import io.accordgraph.delegation.Delegation;
import io.accordgraph.graph.Relation;
import io.accordgraph.position.Position;
import io.accordgraph.statement.Statement;
import io.accordgraph.workinggroup.WorkingGroup;

/** The Cypher behind the fields of Person, each run once per batch of parents. */
final class PersonRelations {

    static final String NEGOTIATORS = "MATCH (n:Person) WHERE EXISTS { (n)-[:MEMBER_OF]->(:Delegation) } "
            + "RETURN " + node("n") + " ORDER BY n.name";
    static final Relation<Role> ROLES = Relation.facts("Person", "-[r:SERVES]->", "State", Role::from);
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
