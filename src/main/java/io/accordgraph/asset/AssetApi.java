package io.accordgraph.asset;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.accordgraph.issue.Issue;
import io.accordgraph.position.Position;

@GraphQLApi
public class AssetApi {

    private final AssetRepository assets;

    AssetApi(AssetRepository assets) {
        this.assets = assets;
    }

    @Query
    @Description("Every disputed asset in the graph, by name.")
    public @NonNull List<@NonNull DisputedAsset> disputedAssets() {
        return assets.all();
    }

    @Description("Who holds this asset, how much of it, since when, and which reports say so.")
    public @NonNull List<@NonNull List<@NonNull Control>> controlledBy(@Source List<DisputedAsset> parents) {
        return assets.controls(parents);
    }

    @Description("Who claims this asset, on what basis, and which reports say so.")
    public @NonNull List<@NonNull List<@NonNull Claim>> claimedBy(@Source List<DisputedAsset> parents) {
        return assets.claims(parents);
    }

    @Description("Positions taken about this asset.")
    public @NonNull List<@NonNull List<@NonNull Position>> positions(@Source List<DisputedAsset> parents) {
        return assets.positions(parents);
    }

    @Description("Issues this asset is part of.")
    public @NonNull List<@NonNull List<@NonNull Issue>> issues(@Source List<DisputedAsset> parents) {
        return assets.issues(parents);
    }
}
