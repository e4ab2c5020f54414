package io.accordgraph.workinggroup;

import static io.accordgraph.workinggroup.WorkingGroupRelations.MEMBERS;
import static io.accordgraph.workinggroup.WorkingGroupRelations.TALKS;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.person.Person;
import io.accordgraph.talks.Talks;

@GraphQLApi
public class WorkingGroupApi {

    private final GraphReader graph;

    WorkingGroupApi(GraphReader graph) {
        this.graph = graph;
    }

    @Query
    @Description("Every working group in the graph, by name.")
    public @NonNull List<@NonNull WorkingGroup> workingGroups() {
        return graph.all(EntityType.WORKING_GROUP, WorkingGroup::from);
    }

    @Description("The round of talks this group belongs to.")
    public List<Talks> talks(@Source List<WorkingGroup> parents) {
        return graph.onePerParent(TALKS, parents);
    }

    @Description("Persons in this group.")
    public @NonNull List<@NonNull List<@NonNull Person>> members(@Source List<WorkingGroup> parents) {
        return graph.perParent(MEMBERS, parents);
    }
}
