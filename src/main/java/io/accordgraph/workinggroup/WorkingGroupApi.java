package io.accordgraph.workinggroup;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.accordgraph.person.Person;
import io.accordgraph.talks.Talks;

@GraphQLApi
public class WorkingGroupApi {

    private final WorkingGroupRepository groups;

    WorkingGroupApi(WorkingGroupRepository groups) {
        this.groups = groups;
    }

    @Query
    @Description("Every working group in the graph, by name.")
    public @NonNull List<@NonNull WorkingGroup> workingGroups() {
        return groups.all();
    }

    @Description("The round of talks this group belongs to.")
    public List<Talks> talks(@Source List<WorkingGroup> parents) {
        return groups.talks(parents);
    }

    @Description("Persons in this group.")
    public @NonNull List<@NonNull List<@NonNull Person>> members(@Source List<WorkingGroup> parents) {
        return groups.members(parents);
    }
}
