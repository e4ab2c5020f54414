package io.accordgraph.graph.model;

/** What kind of thing a disputed asset is. */
public enum AssetKind {
    /** A share of a country's land taken as a whole. */
    TERRITORY,
    /** An administrative or historical region. */
    REGION,
    CITY,
    /** A plant, port, base or other installation. */
    FACILITY,
    INFRASTRUCTURE,
    RESOURCE,
    OTHER
}
