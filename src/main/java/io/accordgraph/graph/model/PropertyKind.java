package io.accordgraph.graph.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** The type of a property, with the conversion of a value given in a bundle or an input to what Neo4j stores. */
public enum PropertyKind {
    TEXT, DATE, BOOLEAN, ENUM;

    /**
     * The value to store, or throws {@link IllegalArgumentException} with a message for a person.
     *
     * @param constants the allowed names when this is {@link #ENUM}
     * @param maxText the longest text allowed when this is {@link #TEXT}
     */
    Object convert(Object json, List<String> constants, int maxText) {
        return switch (this) {
            case TEXT -> {
                if (!(json instanceof String text) || text.isBlank() || text.length() > maxText) {
                    throw new IllegalArgumentException("must be a non-blank string of at most " + maxText
                            + " characters");
                }
                yield text;
            }
            case DATE -> date(String.valueOf(json));
            case BOOLEAN -> {
                if (!(json instanceof Boolean)) {
                    throw new IllegalArgumentException("must be true or false");
                }
                yield json;
            }
            case ENUM -> {
                // GraphQL inputs and bundles both give the constant's name; Neo4j stores the name.
                String name = String.valueOf(json);
                if (!constants.contains(name)) {
                    throw new IllegalArgumentException("must be one of " + constants + ", not '" + json + "'");
                }
                yield name;
            }
        };
    }

    /** An ISO date, or throws {@link IllegalArgumentException} with a message for a person. */
    public static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an ISO date such as 2026-02-17, not '" + text + "'");
        }
    }

    static List<String> namesOf(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
