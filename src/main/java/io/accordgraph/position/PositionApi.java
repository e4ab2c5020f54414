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

@GraphQLApi
public class PositionApi {

    private final GraphReader graph;

    PositionApi(GraphReader graph) {
        this.graph = graph;
    }

    @Query
    @Description("Every position in the graph: who demands, rejects or proposes what.")
    public @NonNull List<@NonNull Position> positions() {
        return graph.all(EntityType.POSITION, Position::from);
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
