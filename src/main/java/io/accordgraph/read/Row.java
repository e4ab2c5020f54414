package io.accordgraph.read;

import java.util.HashMap;
import java.util.function.Function;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.graph.model.EntityType;

/**
 * One object of an answer, as the compiled statement returned it: its fields by the key the request asked for them
 * under (the alias, or else the name), so that one field asked twice with different arguments keeps both answers.
 * A node's row knows its kind, which types the {@code Entity} interface.
 */
public final class Row extends HashMap<String, Object> {

    private final EntityType kind;
    private final boolean aliased;

    Row(EntityType kind, boolean aliased) {
        this.kind = kind;
        this.aliased = aliased;
    }

    /**
     * A row that is not a node (a page, a search hit): each field selected under {@code field}, by its key, with
     * the value {@code value} gives it.
     */
    public static Row of(ExecutableNormalizedField field, Function<ExecutableNormalizedField, Object> value) {
        boolean aliased = field.getChildren().stream().anyMatch(c -> !c.getResultKey().equals(c.getName()));
        Row row = new Row(null, aliased);
        for (ExecutableNormalizedField child : field.getChildren()) {
            if (!child.getName().startsWith("__")) {
                row.put(child.getResultKey(), value.apply(child));
            }
        }
        return row;
    }

    /** The node's kind, or null for a row that is not a node (a fact, a page). */
    public EntityType kind() {
        return kind;
    }

    /** Whether some field of this row was asked for under an alias, so that its name is not its key. */
    boolean aliased() {
        return aliased;
    }
}
