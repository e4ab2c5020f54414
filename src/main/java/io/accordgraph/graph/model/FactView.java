package io.accordgraph.graph.model;

/**
 * A fact seen from one of its ends, as its own GraphQL type: the fact's properties, its dates and sources, and the
 * node at the far end under a name of its own (the {@code state} of a role).
 */
public enum FactView {
    ROLE("Role", Predicate.SERVES, "state", "An office a person holds for a state, with the reports that say so."),
    CONTROL("Control", Predicate.CONTROLS, "state", "A state's hold on a disputed asset, with the reports that say "
            + "so."),
    CLAIM("Claim", Predicate.CLAIMS, "state", "A state's claim to a disputed asset, with the reports that say so."),
    TRAVEL("Travel", Predicate.TRAVELLED_TO, "talks", "A delegation's journey to a round of talks, with the reports "
            + "that describe it.");

    private final String typeName;
    private final Predicate predicate;
    private final String farEnd;
    private final String description;

    FactView(String typeName, Predicate predicate, String farEnd, String description) {
        this.typeName = typeName;
        this.predicate = predicate;
        this.farEnd = farEnd;
        this.description = description;
    }

    public String typeName() {
        return typeName;
    }

    public Predicate predicate() {
        return predicate;
    }

    /** The name of the field that holds the node at the far end. */
    public String farEnd() {
        return farEnd;
    }

    public String description() {
        return description;
    }
}
