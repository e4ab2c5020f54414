package io.accordgraph.delegation;

import org.neo4j.driver.Value;

import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.Relation;
import io.accordgraph.graph.page.RelationList;
import io.accordgraph.person.Person;
import io.accordgraph.position.Position;
import io.accordgraph.state.State;
import io.accordgraph.statement.Statement;
import io.accordgraph.talks.Talks;

/** The Cypher behind the fields of Delegation, each run once per batch of parents. */
final class DelegationRelations {

    static final Relation<State> STATE = Relation.nodes("Delegation", "-[:REPRESENTS]->", "State", State::from);
    static final Relation<Person> HEAD = Relation.nodes("Delegation", "<-[:HEADS]-", "Person", Person::from);
    static final RelationList<Person> MEMBERS =
            RelationList.nodes("Delegation", "<-[r:MEMBER_OF]-", EntityType.PERSON, Person::from);
    static final Relation<Integer> MEMBERS_COUNT = new Relation<>("UNWIND $ids AS id MATCH (d:Delegation {id: id}) "
            + "RETURN id, COUNT { (d)<-[:MEMBER_OF]-(:Person) } AS value", Value::asInt);
    static final Relation<Talks> TALKS = Relation.nodes("Delegation", "-[:PARTICIPATES_IN]->", "Talks", Talks::from);
    static final Relation<Travel> TRAVEL = Relation.facts("Delegation", "-[r:TRAVELLED_TO]->", "Talks", Travel::from);
    static final Relation<Position> POSITIONS = Relation.nodes("Delegation", "-[:TAKES]->", "Position", Position::from);
    static final Relation<Statement> STATEMENTS =
            Relation.nodes("Delegation", "-[:MADE]->", "Statement", Statement::from);

    private DelegationRelations() {
    }
}
