package io.accordgraph.graph.model;

/** Which way a hop follows a relationship: from its subject to its object, or back. */
public enum Direction {
    OUT,
    IN
}
