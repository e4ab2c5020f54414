package io.accordgraph.graph.page;

public enum SortDirection {
    ASC,
    DESC
}
