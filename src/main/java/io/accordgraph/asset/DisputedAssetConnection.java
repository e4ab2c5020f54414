package io.accordgraph.asset;

import java.util.List;

import io.accordgraph.graph.page.Connection;
import io.accordgraph.graph.page.Edge;
import io.accordgraph.graph.page.PageInfo;

public class DisputedAssetConnection extends Connection<DisputedAsset> {

    DisputedAssetConnection(List<Edge<DisputedAsset>> edges, PageInfo pageInfo, Integer totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
