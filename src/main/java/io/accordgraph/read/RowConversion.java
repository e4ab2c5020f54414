package io.accordgraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.neo4j.driver.Value;

import io.accordgraph.graph.model.EntityType;

/**
 * Turns one map of a compiled statement's result (a node's or a fact's projection) into a {@link Row}: each selected
 * field from the map key the compiler chose for it, under the key the request asked for it. A field selected in a
 * fragment on some kinds only is left out of nodes of other kinds.
 */
final class RowConversion implements Conversion {

    /** The map key of a node's kind, where its position in the answer allows several kinds. */
    static final String KIND = "__kind";

    private final EntityType kind;
    private final List<Entry> entries = new ArrayList<>();
    private boolean aliased;

    /** @param kind the kind of every row, or null when each map names its own (or the rows are not nodes) */
    RowConversion(EntityType kind) {
        this.kind = kind;
    }

    /**
     * @param resultKey the alias or name the request asked for the field under
     * @param name the field's name
     * @param key the map key the statement gives the value under
     * @param only the kinds the field applies to, or null for all
     */
    void add(String resultKey, String name, String key, Set<EntityType> only, Conversion conversion) {
        entries.add(new Entry(resultKey, key, only, conversion));
        aliased |= !resultKey.equals(name);
    }

    @Override
    public Object from(Value map) {
        if (map.isNull()) {
            return null;
        }
        EntityType rowKind = kind;
        if (rowKind == null && map.containsKey(KIND)) {
            rowKind = EntityType.ofLabel(map.get(KIND).asString()).orElse(null);
        }
        Row row = new Row(rowKind, aliased);
        for (Entry entry : entries) {
            if (entry.only() == null || entry.only().contains(rowKind)) {
                row.put(entry.resultKey(), entry.conversion().from(map.get(entry.key())));
            }
        }
        return row;
    }

    private record Entry(String resultKey, String key, Set<EntityType> only, Conversion conversion) {
    }
}
