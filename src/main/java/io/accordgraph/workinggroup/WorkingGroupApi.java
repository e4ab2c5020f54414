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
import io.accordgraph.graph.page.Lists;
import io.accordgraph.graph.page.NodeSet;
import io.accordgraph.graph.page.Order;
import io.accordgraph.person.Person;
import io.accordgraph.talks.Talks;

@GraphQLApi
public class WorkingGroupApi {

    private static final NodeSet ALL = NodeSet.of(EntityType.WORKING_GROUP);

    private final GraphReader graph;
    private final Lists lists;

    WorkingGroupApi(GraphReader graph, Lists lists) {
        this.graph = graph;
        this.lists = lists;
    }

    @Query
    @Description("Every working group in the graph. " + Lists.PAGED)
    public @NonNull List<@NonNull WorkingGroup> workingGroups(WorkingGroupWhere where, List<Order> orderBy,
            Integer first,
            Integer offset) {
        return lists.list(ALL, where, orderBy, first, offset, WorkingGroup::from);
    }

    @Query
    @Description("As `workingGroups`, one page at a time: `first` after the cursor `after`.")
    public @NonNull WorkingGroupConnection workingGroupsConnection(Integer first, String after,
            WorkingGroupWhere where,
            List<Order> orderBy) {
        return lists.connection(ALL, where, orderBy, first, after, WorkingGroup::from, WorkingGroupConnection::new);
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
