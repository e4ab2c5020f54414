package io.accordgraph.graph;

import java.util.Arrays;
import java.util.List;

/** The kinds of node the graph holds, each stored under its own Neo4j label beside the shared {@code Entity}. */
public enum EntityType {
    STATE("State"),
    PERSON("Person"),
    DELEGATION("Delegation"),
    TALKS("Talks"),
    WORKING_GROUP("WorkingGroup"),
    DISPUTED_ASSET("DisputedAsset"),
    ISSUE("Issue"),
    POSITION("Position"),
    STATEMENT("Statement"),
    SOURCE("Source");

    /** Label carried by every node, so that an id is unique across kinds and found by one index. */
    public static final String ENTITY_LABEL = "Entity";

    /**
     * Property holding the lower-cased name, which case-insensitive name filters compare with: Neo4j indexes
     * properties, not expressions such as {@code toLower(n.name)}.
     */
    public static final String NAME_KEY = "nameKey";

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Every label, for messages that list what is allowed. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(EntityType::label).toList();
    }

    public static EntityType ofLabel(String label) {
        for (EntityType type : values()) {
            if (type.label.equals(label)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown entity type '" + label + "'");
    }
}
