package io.accordgraph.graph.model;

import java.util.List;

/**
 * One property of a kind of node or relationship beyond id, name and aliases: what it holds, how long its text may
 * be, whether every fact must give it, the value read when it is missing, and what it means. The schema, the
 * filters, the bundle validator and its JSON Schema all read it from here.
 */
public record Property(String name, PropertyKind kind, Class<? extends Enum<?>> vocabulary, int maxLength,
        boolean required, Object whenMissing, String description) {

    /** The longest text a property of a node or a fact holds. */
    public static final int MAX_TEXT = 50_000;
    /** The longest text a short property of a source (title, url, publisher) holds. */
    public static final int MAX_SHORT_TEXT = 2_000;
    /** An entity's id: a slug of lower-case letters, digits and single hyphens (a regular expression, unanchored). */
    public static final String ID_PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";
    /** The longest id. */
    public static final int MAX_ID = 100;
    /** The longest name or alias. */
    public static final int MAX_NAME = 300;
    /**
     * The value each vocabulary's GraphQL enum adds for stored values outside the vocabulary, which another program
     * may have written: reads answer it, filters match those values by it, writes refuse it.
     */
    public static final String UNKNOWN = "UNKNOWN";

    /** The dates of a fact, which every type of fact has: when it started and ended holding, each if a source says. */
    public static final Property SINCE = date("since", "First day the fact is known to hold, if a source says.");
    public static final Property UNTIL = date("until", "Last day it held, if it ended.");
    public static final List<Property> FACT_DATES = List.of(SINCE, UNTIL);
    /** A source's day of publication: what {@code knownAt} and the order of claims read. */
    public static final Property PUBLISHED_AT = date("publishedAt", "Day of publication (ISO date), if known.");

    public static Property text(String name, String description) {
        return new Property(name, PropertyKind.TEXT, null, MAX_TEXT, false, null, description);
    }

    public static Property shortText(String name, String description) {
        return new Property(name, PropertyKind.TEXT, null, MAX_SHORT_TEXT, false, null, description);
    }

    public static Property date(String name, String description) {
        return new Property(name, PropertyKind.DATE, null, 0, false, null, description);
    }

    /** A yes/no property that reads as false when a source does not give it. */
    public static Property flag(String name, String description) {
        return new Property(name, PropertyKind.BOOLEAN, null, 0, false, Boolean.FALSE, description);
    }

    public static Property oneOf(String name, Class<? extends Enum<?>> vocabulary, String description) {
        return new Property(name, PropertyKind.ENUM, vocabulary, 0, false, null, description);
    }

    /** The same property, which every fact of its kind must give. */
    public Property requiredForEachFact() {
        return new Property(name, kind, vocabulary, maxLength, true, whenMissing, description);
    }

    /** The names an {@link PropertyKind#ENUM} property allows, empty for other kinds. */
    public List<String> constants() {
        return vocabulary == null ? List.of() : PropertyKind.namesOf(vocabulary);
    }

    /** The value to store, or throws {@link IllegalArgumentException} with a message for a person. */
    public Object convert(Object json) {
        return kind.convert(json, constants(), maxLength);
    }

    /** What a stored value must be, for messages: {@code text}, {@code a date}, {@code a value of AssetKind}, ... */
    public String expected() {
        return switch (kind) {
            case TEXT -> "text";
            case DATE -> "a date";
            case BOOLEAN -> "true or false";
            case ENUM -> "a value of " + vocabulary.getSimpleName();
        };
    }

    /** Whether a read always answers a value: every fact gives it, or it has one when missing. */
    public boolean alwaysAnswered() {
        return required || whenMissing != null;
    }
}
