package io.accordgraph.graph.model;

/** What a statement does. */
public enum StatementKind {
    /** A remark, expectation or announcement. */
    REMARK,
    /** A charge made against someone. */
    ACCUSATION
}
