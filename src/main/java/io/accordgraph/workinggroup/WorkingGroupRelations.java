package io.accordgraph.workinggroup;

import io.accordgraph.graph.Relation;
import io.accordgraph.person.Person;
import io.accordgraph.talks.Talks;

/** The Cypher behind the fields of WorkingGroup, each run once per batch of parents. */
final class WorkingGroupRelations {

    static final Relation<Talks> TALKS = Relation.nodes("WorkingGroup", "-[:PART_OF]->", "Talks", Talks::from);
    static final Relation<Person> MEMBERS = Relation.nodes("WorkingGroup", "<-[:MEMBER_OF]-", "Person", Person::from);

    private WorkingGroupRelations() {
    }
}
