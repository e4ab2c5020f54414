package io.accordgraph.delegation;

import java.util.List;

import io.accordgraph.graph.page.Connection;
import io.accordgraph.graph.page.Edge;
import io.accordgraph.graph.page.PageInfo;

public class DelegationConnection extends Connection<Delegation> {

    DelegationConnection(List<Edge<Delegation>> edges, PageInfo pageInfo, Integer totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
