package io.accordgraph.workinggroup;

import static io.accordgraph.graph.Cypher.related;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.person.Person;
import io.accordgraph.talks.Talks;

@ApplicationScoped
class WorkingGroupRepository {

    private static final String TALKS = related("WorkingGroup", "-[:PART_OF]->", "Talks");
    private static final String MEMBERS = related("WorkingGroup", "<-[:MEMBER_OF]-", "Person");

    private final GraphReader graph;

    WorkingGroupRepository(GraphReader graph) {
        this.graph = graph;
    }

    List<WorkingGroup> all() {
        return graph.all(EntityType.WORKING_GROUP, WorkingGroup::from);
    }

    List<Talks> talks(List<WorkingGroup> groups) {
        return graph.onePerParent(TALKS, groups, Talks::from);
    }

    List<List<Person>> members(List<WorkingGroup> groups) {
        return graph.perParent(MEMBERS, groups, Person::from);
    }
}
