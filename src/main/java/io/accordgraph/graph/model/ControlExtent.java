package io.accordgraph.graph.model;

/** How much of an asset a state controls. */
public enum ControlExtent {
    FULL,
    PARTIAL
}
