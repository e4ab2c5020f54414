package io.accordgraph.source;

import java.util.List;

import io.accordgraph.graph.page.Connection;
import io.accordgraph.graph.page.Edge;
import io.accordgraph.graph.page.PageInfo;

public class SourceConnection extends Connection<Source> {

    SourceConnection(List<Edge<Source>> edges, PageInfo pageInfo, Integer totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
