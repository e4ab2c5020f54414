package io.accordgraph.position;

import java.util.List;

import io.accordgraph.graph.page.Connection;
import io.accordgraph.graph.page.Edge;
import io.accordgraph.graph.page.PageInfo;

public class PositionConnection extends Connection<Position> {

    PositionConnection(List<Edge<Position>> edges, PageInfo pageInfo, Integer totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
