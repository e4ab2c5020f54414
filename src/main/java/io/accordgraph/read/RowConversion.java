package io.accordgraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.neo4j.driver.Value;

import io.accordgraph.graph.model.EntityType;

/**
 * Turns one {@link Tuple} of a compiled statement's result (a node's or a fact's projection) into a {@link Row}: each
 * selected field from the position the compiler gave it, under the key the request asked for it. A field selected in
 * a fragment on some kinds only is left out of nodes of other kinds.
 */
final class RowConversion implements Conversion {

    /** Where a node whose position in the answer allows several kinds gives its kind's label. */
    static final int KIND = 0;

    private final EntityType kind;
    private final boolean kindInTuple;
    private final List<Entry> entries = new ArrayList<>();
    private boolean aliased;

    private RowConversion(EntityType kind, boolean kindInTuple) {
        this.kind = kind;
        this.kindInTuple = kindInTuple;
    }

    /** Rows of nodes of one kind. */
    static RowConversion of(EntityType kind) {
        return new RowConversion(kind, false);
    }

    /** Rows of nodes whose tuples give their kind's label at {@link #KIND}. */
    static RowConversion ofAnyKind() {
        return new RowConversion(null, true);
    }

    /** Rows that are not nodes: facts, pages, hits. */
    static RowConversion plain() {
        return new RowConversion(null, false);
    }

    /**
     * @param resultKey the alias or name the request asked for the field under
     * @param name the field's name
     * @param position where the tuple gives the value
     * @param only the kinds the field applies to, or null for all
     */
    void add(String resultKey, String name, int position, Set<EntityType> only, Conversion conversion) {
        entries.add(new Entry(resultKey, position, only, conversion));
        aliased |= !resultKey.equals(name);
    }

    @Override
    public Object from(Value tuple) {
        if (tuple.isNull()) {
            return null;
        }
        EntityType rowKind = kindInTuple ? EntityType.ofLabel(tuple.get(KIND).asString(null)).orElse(null) : kind;
        if (kindInTuple && rowKind == null) {
            return new Invalid(null, "a node linked by a fact has none of the kinds' labels", "A node here has none "
                    + "of the labels " + EntityType.labels() + ", so it is left out.");
        }
        Row row = new Row(rowKind, aliased);
        for (Entry entry : entries) {
            if (entry.only() == null || entry.only().contains(rowKind)) {
                Object value = entry.conversion().from(tuple.get(entry.position()));
                if (value instanceof Invalid node && node.fallback() == null && entry.conversion() instanceof RowConversion) {
                    // A fact cannot answer without its end: the fact is left out, as its end is.
                    return node;
                }
                row.put(entry.resultKey(), value);
            }
        }
        return row;
    }

    private record Entry(String resultKey, int position, Set<EntityType> only, Conversion conversion) {
    }
}
