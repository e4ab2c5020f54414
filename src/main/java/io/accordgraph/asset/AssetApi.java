package io.accordgraph.asset;

import static io.accordgraph.asset.AssetRelations.CLAIMED_BY;
import static io.accordgraph.asset.AssetRelations.CONTROLLED_BY;
import static io.accordgraph.asset.AssetRelations.ISSUES;
import static io.accordgraph.asset.AssetRelations.POSITIONS;

import java.time.LocalDate;
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
import io.accordgraph.issue.Issue;
import io.accordgraph.position.Position;
import io.accordgraph.state.StateWhere;

@GraphQLApi
public class AssetApi {

    private static final NodeSet ALL = NodeSet.of(EntityType.DISPUTED_ASSET);

    private final GraphReader graph;
    private final Lists lists;

    AssetApi(GraphReader graph, Lists lists) {
        this.graph = graph;
        this.lists = lists;
    }

    @Query
    @Description("Every disputed asset in the graph. " + Lists.PAGED)
    public @NonNull List<@NonNull DisputedAsset> disputedAssets(DisputedAssetWhere where, List<Order> orderBy,
            Integer first,
            Integer offset) {
        return lists.list(ALL, where, orderBy, first, offset, DisputedAsset::from);
    }

    @Query
    @Description("As `disputedAssets`, one page at a time: `first` after the cursor `after`.")
    public @NonNull DisputedAssetConnection disputedAssetsConnection(Integer first, String after,
            DisputedAssetWhere where,
            List<Order> orderBy) {
        return lists.connection(ALL, where, orderBy, first, after, DisputedAsset::from, DisputedAssetConnection::new);
    }

    @Description("Who holds this asset, how much of it, since when, and which reports say so; `where` filters "
            + "the states, `asOf` keeps the control valid that day.")
    public @NonNull List<@NonNull List<@NonNull Control>> controlledBy(@Source List<DisputedAsset> parents,
            StateWhere where, LocalDate asOf) {
        return lists.perParent(CONTROLLED_BY, parents, where, null, null, asOf);
    }

    @Description("Who claims this asset, on what basis, and which reports say so; `where` filters the states, "
            + "`asOf` keeps the claims valid that day.")
    public @NonNull List<@NonNull List<@NonNull Claim>> claimedBy(@Source List<DisputedAsset> parents,
            StateWhere where, LocalDate asOf) {
        return lists.perParent(CLAIMED_BY, parents, where, null, null, asOf);
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
