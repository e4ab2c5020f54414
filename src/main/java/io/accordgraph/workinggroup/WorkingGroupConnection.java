package io.accordgraph.workinggroup;

import java.util.List;

import io.accordgraph.graph.page.Connection;
import io.accordgraph.graph.page.Edge;
import io.accordgraph.graph.page.PageInfo;

public class WorkingGroupConnection extends Connection<WorkingGroup> {

    WorkingGroupConnection(List<Edge<WorkingGroup>> edges, PageInfo pageInfo, Integer totalCount) {
        super(edges, pageInfo, totalCount);
    }
}
