package io.accordgraph.position;

import static io.accordgraph.position.PositionRelations.CONCERNS;
import static io.accordgraph.position.PositionRelations.HOLDER;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.accordgraph.graph.Entity;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.graph.page.Lists;
import io.accordgraph.graph.page.NodeSet;
import io.accordgraph.graph.page.Order;

@GraphQLApi
public class PositionApi {

    private static final NodeSet ALL = NodeSet.of(EntityType.POSITION);

    private final GraphReader graph;
    private final Lists lists;

    PositionApi(GraphReader graph, Lists lists) {
        this.graph = graph;
        this.lists = lists;
    }

    @Query
    @Description("Every position in the graph: who demands, rejects or proposes what. " + Lists.PAGED)
    public @NonNull List<@NonNull Position> positions(PositionWhere where, List<Order> orderBy, Integer first,
            Integer offset) {
        return lists.list(ALL, where, orderBy, first, offset, Position::from);
    }

    @Query
    @Description("As `positions`, one page at a time: `first` after the cursor `after`.")
    public @NonNull PositionConnection positionsConnection(Integer first, String after, PositionWhere where,
            List<Order> orderBy) {
        return lists.connection(ALL, where, orderBy, first, after, Position::from, PositionConnection::new);
    }

    @Description("The state, person or delegation that takes this position.")
    public List<Entity> holder(@Source List<Position> parents) {
        return graph.onePerParent(HOLDER, parents);
    }

    @Description("The disputed asset or issue the position is about.")
    public List<Entity> concerns(@Source List<Position> parents) {
        return graph.onePerParent(CONCERNS, parents);
    }
}
