package io.accordgraph.asset;

import static io.accordgraph.asset.AssetRelations.CLAIMED_BY;
import static io.accordgraph.asset.AssetRelations.CONTROLLED_BY;
import static io.accordgraph.asset.AssetRelations.ISSUES;
import static io.accordgraph.asset.AssetRelations.POSITIONS;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.issue.Issue;
import io.accordgraph.position.Position;

@GraphQLApi
public class AssetApi {

    private final GraphReader graph;

    AssetApi(GraphReader graph) {
        this.graph = graph;
    }

    @Query
    @Description("Every disputed asset in the graph, by name.")
    public @NonNull List<@NonNull DisputedAsset> disputedAssets() {
        return graph.all(EntityType.DISPUTED_ASSET, DisputedAsset::from);
    }

    @Description("Who holds this asset, how much of it, since when, and which reports say so.")
    public @NonNull List<@NonNull List<@NonNull Control>> controlledBy(@Source List<DisputedAsset> parents) {
        return graph.perParent(CONTROLLED_BY, parents);
    }

    @Description("Who claims this asset, on what basis, and which reports say so.")
    public @NonNull List<@NonNull List<@NonNull Claim>> claimedBy(@Source List<DisputedAsset> parents) {
        return graph.perParent(CLAIMED_BY, parents);
    }

    @Description("Positions taken about this asset.")
    public @NonNull List<@NonNull List<@NonNull Position>> positions(@Source List<DisputedAsset> parents) {
        return graph.perParent(POSITIONS, parents);
    }

    @Description("Issues this asset is part of.")
    public @NonNull List<@NonNull List<@NonNull Issue>> issues(@Source List<DisputedAsset> parents) {
        return graph.perParent(ISSUES, parents);
    }
}
