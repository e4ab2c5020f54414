package io.accordgraph.graph.model;

import static io.accordgraph.graph.model.EntityType.DELEGATION;
import static io.accordgraph.graph.model.EntityType.DISPUTED_ASSET;
import static io.accordgraph.graph.model.EntityType.ISSUE;
import static io.accordgraph.graph.model.EntityType.PERSON;
import static io.accordgraph.graph.model.EntityType.POSITION;
import static io.accordgraph.graph.model.EntityType.SOURCE;
import static io.accordgraph.graph.model.EntityType.STATE;
import static io.accordgraph.graph.model.EntityType.STATEMENT;
import static io.accordgraph.graph.model.EntityType.TALKS;
import static io.accordgraph.graph.model.EntityType.WORKING_GROUP;
import static io.accordgraph.graph.model.Property.date;
import static io.accordgraph.graph.model.Property.oneOf;
import static io.accordgraph.graph.model.Property.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The relationship types of the graph: which kinds of node each links, in which direction, and the properties it
 * takes. A fact is identified by its type, its two ends and its key property, if the type has one (a person can
 * hold two titles). {@link #REPORTED_BY} is provenance, not a fact: it links a node to the reports that state it.
 * Every relationship may carry {@code since}, {@code until} and, for facts, the ids of the reports that state it
 * in {@code sources}.
 */
public enum Predicate {
    HEADS(EnumSet.of(PERSON), EnumSet.of(DELEGATION), "A person heads a delegation."),
    MEMBER_OF(EnumSet.of(PERSON), EnumSet.of(DELEGATION, WORKING_GROUP),
            "A person belongs to a delegation or a working group."),
    REPRESENTS(EnumSet.of(DELEGATION), EnumSet.of(STATE), "A delegation represents a state."),
    PARTICIPATES_IN(EnumSet.of(DELEGATION), EnumSet.of(TALKS), "A delegation takes part in talks."),
    TRAVELLED_TO(EnumSet.of(DELEGATION), EnumSet.of(TALKS), "A delegation travelled to talks.",
            text("arrivedAt", "Where the delegation arrived, e.g. an airport."),
            date("date", "When it arrived, if the source says."),
            text("aircraft", "The aircraft or vehicle, e.g. `Il-96`."),
            text("operator", "Who operated it, in the source's words.")),
    PARTY_TO(EnumSet.of(STATE), EnumSet.of(TALKS), "A state is a party to talks."),
    SPONSORS(EnumSet.of(STATE), EnumSet.of(TALKS), "A state sponsors talks."),
    PART_OF(EnumSet.of(WORKING_GROUP), EnumSet.of(TALKS), "A working group belongs to a round of talks."),
    ADDRESSES(EnumSet.of(TALKS, WORKING_GROUP), EnumSet.of(ISSUE), "Talks or a working group address an issue."),
    SERVES(EnumSet.of(PERSON), EnumSet.of(STATE), "A person holds an office for a state.",
            text("title", "The office, e.g. `Presidential aide`.").requiredForEachFact()),
    CONTROLS(EnumSet.of(STATE), EnumSet.of(DISPUTED_ASSET), "A state holds a disputed asset, wholly or in part.",
            oneOf("extent", ControlExtent.class, "How much of the asset the state holds.").requiredForEachFact(),
            text("share", "How large a share the state holds, in the source's words, e.g. `about 20%`."),
            text("note", "What the source adds about this control, e.g. how it came about.")),
    CLAIMS(EnumSet.of(STATE), EnumSet.of(DISPUTED_ASSET), "A state claims a disputed asset.",
            text("basis", "What the claim rests on in the source, e.g. a demand made at the talks.")),
    DISPUTES(EnumSet.of(STATE), EnumSet.of(ISSUE), "A state is divided from another on an issue."),
    INVOLVES(EnumSet.of(ISSUE), EnumSet.of(DISPUTED_ASSET), "An issue is about a disputed asset."),
    TAKES(EnumSet.of(STATE, PERSON, DELEGATION), EnumSet.of(POSITION), "A state, person or delegation takes a "
            + "position."),
    CONCERNS(EnumSet.of(POSITION), EnumSet.of(DISPUTED_ASSET, ISSUE), "A position concerns an asset or an issue."),
    MADE(EnumSet.of(STATE, PERSON, DELEGATION), EnumSet.of(STATEMENT), "A state, person or delegation made a "
            + "statement."),
    ABOUT(EnumSet.of(STATEMENT), EnumSet.allOf(EntityType.class), "A statement is about an entity of any kind."),
    REPORTED_BY(EnumSet.allOf(EntityType.class), EnumSet.of(SOURCE), "Provenance: a node is stated by a report "
            + "(for a source, relayed by another).");

    /** The relationship property listing the ids of the reports that state a fact. */
    public static final String SOURCES = "sources";

    private final Set<EntityType> from;
    private final Set<EntityType> to;
    private final String description;
    private final List<Property> properties;

    Predicate(Set<EntityType> from, Set<EntityType> to, String description, Property... properties) {
        this.from = from;
        this.to = to;
        this.description = description;
        this.properties = List.of(properties);
    }

    public Set<EntityType> from() {
        return from;
    }

    public Set<EntityType> to() {
        return to;
    }

    public String description() {
        return description;
    }

    public List<Property> properties() {
        return properties;
    }

    /** What a claim of this type states: its properties, then its dates ({@link Property#FACT_DATES}). */
    public List<Property> qualifiers() {
        List<Property> qualifiers = new ArrayList<>(properties);
        qualifiers.addAll(Property.FACT_DATES);
        return qualifiers;
    }

    /** Properties every fact of this type must give. */
    public List<Property> required() {
        return properties.stream().filter(Property::required).toList();
    }

    /**
     * The property that tells two facts of this type between the same nodes apart (the title of a role), or null:
     * the only text property that every fact must give.
     */
    public String key() {
        return properties.stream().filter(p -> p.required() && p.kind() == PropertyKind.TEXT).map(Property::name)
                .findFirst().orElse(null);
    }

    /** Whether this is a fact between two entities rather than provenance. */
    public boolean isFact() {
        return this != REPORTED_BY;
    }

    /** The facts, every type but provenance: what {@code link} may state and what {@code facts} lists. */
    public static List<Predicate> facts() {
        return Arrays.stream(values()).filter(Predicate::isFact).toList();
    }

    /** From the subject to the object, to any kind the type allows there. */
    public Hop out() {
        return new Hop(this, Direction.OUT, to);
    }

    /** From the object back to the subject, to any kind the type allows there. */
    public Hop in() {
        return new Hop(this, Direction.IN, from);
    }

    /** From the subject to objects of one kind. */
    public Hop out(EntityType target) {
        return new Hop(this, Direction.OUT, EnumSet.of(target));
    }

    /** From the object back to subjects of one kind. */
    public Hop in(EntityType target) {
        return new Hop(this, Direction.IN, EnumSet.of(target));
    }
}
