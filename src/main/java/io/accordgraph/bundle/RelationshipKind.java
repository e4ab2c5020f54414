package io.accordgraph.bundle;

import static io.accordgraph.bundle.PropertySpec.date;
import static io.accordgraph.bundle.PropertySpec.oneOf;
import static io.accordgraph.bundle.PropertySpec.text;
import static io.accordgraph.graph.EntityType.DELEGATION;
import static io.accordgraph.graph.EntityType.DISPUTED_ASSET;
import static io.accordgraph.graph.EntityType.ISSUE;
import static io.accordgraph.graph.EntityType.PERSON;
import static io.accordgraph.graph.EntityType.POSITION;
import static io.accordgraph.graph.EntityType.STATE;
import static io.accordgraph.graph.EntityType.STATEMENT;
import static io.accordgraph.graph.EntityType.TALKS;
import static io.accordgraph.graph.EntityType.WORKING_GROUP;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

import io.accordgraph.asset.ControlExtent;
import io.accordgraph.graph.EntityType;

/**
 * The relationships of the model: which kinds of node each may link, and the properties it takes. A relationship
 * is identified by its kind, its two ends and its key property, if it has one (a person can hold two titles).
 */
@Enum("RelationshipType")
@Description("The kinds of fact that link two nodes, e.g. HEADS (person to delegation), SERVES (person to state, "
        + "with a title), CONTROLS (state to disputed asset, with an extent).")
public enum RelationshipKind {
    HEADS(EnumSet.of(PERSON), EnumSet.of(DELEGATION)),
    MEMBER_OF(EnumSet.of(PERSON), EnumSet.of(DELEGATION, WORKING_GROUP)),
    REPRESENTS(EnumSet.of(DELEGATION), EnumSet.of(STATE)),
    PARTICIPATES_IN(EnumSet.of(DELEGATION), EnumSet.of(TALKS)),
    TRAVELLED_TO(EnumSet.of(DELEGATION), EnumSet.of(TALKS),
            List.of(text("arrivedAt"), date("date"), text("aircraft"), text("operator"))),
    PARTY_TO(EnumSet.of(STATE), EnumSet.of(TALKS)),
    SPONSORS(EnumSet.of(STATE), EnumSet.of(TALKS)),
    PART_OF(EnumSet.of(WORKING_GROUP), EnumSet.of(TALKS)),
    ADDRESSES(EnumSet.of(TALKS, WORKING_GROUP), EnumSet.of(ISSUE)),
    SERVES(EnumSet.of(PERSON), EnumSet.of(STATE), List.of(text("title")), "title", List.of("title")),
    CONTROLS(EnumSet.of(STATE), EnumSet.of(DISPUTED_ASSET),
            List.of(oneOf("extent", ControlExtent.class), text("share"), text("note")), null, List.of("extent")),
    CLAIMS(EnumSet.of(STATE), EnumSet.of(DISPUTED_ASSET), List.of(text("basis"))),
    DISPUTES(EnumSet.of(STATE), EnumSet.of(ISSUE)),
    INVOLVES(EnumSet.of(ISSUE), EnumSet.of(DISPUTED_ASSET)),
    TAKES(EnumSet.of(STATE, PERSON, DELEGATION), EnumSet.of(POSITION)),
    CONCERNS(EnumSet.of(POSITION), EnumSet.of(DISPUTED_ASSET, ISSUE)),
    MADE(EnumSet.of(STATE, PERSON, DELEGATION), EnumSet.of(STATEMENT)),
    ABOUT(EnumSet.of(STATEMENT), EnumSet.allOf(EntityType.class));

    private final Set<EntityType> from;
    private final Set<EntityType> to;
    private final List<PropertySpec> properties;
    private final String key;
    private final List<String> required;

    RelationshipKind(Set<EntityType> from, Set<EntityType> to) {
        this(from, to, List.of());
    }

    RelationshipKind(Set<EntityType> from, Set<EntityType> to, List<PropertySpec> properties) {
        this(from, to, properties, null, List.of());
    }

    RelationshipKind(Set<EntityType> from, Set<EntityType> to, List<PropertySpec> properties, String key,
            List<String> required) {
        this.from = from;
        this.to = to;
        this.properties = properties;
        this.key = key;
        this.required = required;
    }

    Set<EntityType> from() {
        return from;
    }

    Set<EntityType> to() {
        return to;
    }

    List<PropertySpec> properties() {
        return properties;
    }

    /** Properties every fact of this kind must give. */
    List<String> required() {
        return required;
    }

    /** The property that tells two relationships of this kind between the same nodes apart, or null. */
    public String key() {
        return key;
    }
}
