package io.accordgraph.graph.model;

/** How a holder stands towards what a position concerns. */
public enum Stance {
    DEMANDS,
    REJECTS,
    PROPOSES,
    SUPPORTS,
    OPPOSES,
    SEEKS,
    ACCEPTS
}
