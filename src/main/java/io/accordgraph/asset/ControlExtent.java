package io.accordgraph.asset;

/** How much of an asset a state controls. */
public enum ControlExtent {
    FULL,
    PARTIAL
}
