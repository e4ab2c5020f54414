package io.accordgraph.statement;

import java.util.List;

import io.accordgraph.graph.page.Connection;
import io.accordgraph.graph.page.Edge;
import io.accordgraph.graph.page.PageInfo;

public class StatementConnection extends Connection<Statement> {

    StatementConnection(List<Edge<Statement>> edges, PageInfo pageInfo, Integer totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
