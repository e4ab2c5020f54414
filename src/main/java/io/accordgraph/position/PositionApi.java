package io.accordgraph.position;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.accordgraph.graph.Entity;

@GraphQLApi
public class PositionApi {

    private final PositionRepository positions;

    PositionApi(PositionRepository positions) {
        this.positions = positions;
    }

    @Query
    @Description("Every position in the graph: who demands, rejects or proposes what.")
    public @NonNull List<@NonNull Position> positions() {
        return positions.all();
    }

    @Description("The state, person or delegation that takes this position.")
    public List<Entity> holder(@Source List<Position> parents) {
        return positions.holders(parents);
    }

    @Description("The disputed asset or issue the position is about.")
    public List<Entity> concerns(@Source List<Position> parents) {
        return positions.concerns(parents);
    }
}
