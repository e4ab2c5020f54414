package io.accordgraph.read;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Value;

import io.accordgraph.graph.model.Property;
import io.accordgraph.graph.model.PropertyKind;

/**
 * Conversions that check a stored value against its type in the model. Data this server wrote always fits; data
 * another program wrote may not, and then the field answers an {@link Invalid} instead of failing the whole answer.
 */
final class Checked {

    /** The id: text. */
    static final Conversion ID = value -> {
        Object id = value.asObject();
        return id instanceof String ? id : new Invalid(id == null ? "" : String.valueOf(id), "a node's id is "
                + (id == null ? "missing" : "not text"), "This node's `id` " + shown(value) + ".");
    };

    /** The name, read as {@code coalesce(n.name, [n.id])}: a list holds the id of a node that has no name. */
    static final Conversion NAME = value -> {
        Object name = value.asObject();
        if (name instanceof String) {
            return name;
        }
        if (name instanceof List<?> id) {
            String fallback = id.get(0) instanceof String text ? text : "";
            return new Invalid(fallback, "a node has no name", "This node has no `name`; its id is answered "
                    + "instead.");
        }
        return new Invalid(String.valueOf(name), "a node's name is not text", "This node's `name` " + shown(value)
                + ".");
    };

    /** The other names: a list of text; what else it holds is left out. */
    static final Conversion ALIASES = value -> {
        Object stored = value.isNull() ? List.of() : value.asObject();
        if (stored instanceof List<?> all && all.stream().allMatch(String.class::isInstance)) {
            return stored;
        }
        List<?> names = stored instanceof List<?> all ? all.stream().filter(String.class::isInstance).toList()
                : List.of();
        return new Invalid(names, "a node's aliases are not a list of text", "This node's `aliases` "
                + shown(value) + "; only its text is answered.");
    };

    private Checked() {
    }

    /**
     * A property of a node or a fact, by its kind in the model.
     *
     * @param owner the kind or the relationship type, for messages
     */
    static Conversion property(String owner, Property property) {
        String where = owner + "." + property.name();
        // A value the schema's enum cannot name is UNKNOWN, which the field's type offers for exactly this.
        Object fallback = property.kind() == PropertyKind.ENUM ? Property.UNKNOWN
                : !property.alwaysAnswered() ? null
                : property.kind() == PropertyKind.BOOLEAN ? property.whenMissing() : "";
        String expected = property.expected();
        return value -> {
            if (value.isNull()) {
                return property.required() ? new Invalid(fallback, where + " is missing", "`" + property.name()
                        + "` is missing, though every " + owner + " has one.") : null;
            }
            Object stored = value.asObject();
            if (fits(property, stored)) {
                return stored;
            }
            return new Invalid(fallback, where + " holds values that are not " + expected, "`" + property.name()
                    + "` " + shown(value) + ", which is not " + expected + "; answered " + fallback + ".");
        };
    }

    private static boolean fits(Property property, Object stored) {
        return switch (property.kind()) {
            case TEXT -> stored instanceof String;
            case DATE -> stored instanceof LocalDate;
            case BOOLEAN -> stored instanceof Boolean;
            case ENUM -> stored instanceof String name && property.constants().contains(name);
        };
    }

    /** How a stored value reads in a message: its type and a short form of it. */
    private static String shown(Value value) {
        if (value.isNull()) {
            return "is missing";
        }
        String text = String.valueOf(value.asObject());
        text = text.length() > 60 ? text.substring(0, 60) + "..." : text;
        return "holds " + value.type().name().toLowerCase() + " '" + text + "'";
    }
}
