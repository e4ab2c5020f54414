package io.accordgraph.graph;

/** The stable codes clients read from {@code extensions.code} of a rejected request. */
public enum ProblemCode {
    /** The input breaks a rule of the model: a blank name, a bad date, a link to the wrong kind of node. */
    VALIDATION,
    /** An id the request relies on is not in the graph. */
    NOT_FOUND,
    /** The request contradicts what the graph holds, e.g. deleting a source that facts still cite. */
    CONFLICT
}
