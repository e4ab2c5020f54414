package io.accordgraph.graph.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The properties lists are ordered by, each followed by the id in a range index of its kind, and the properties
 * the server derives and keeps beside a node's own: the lower-cased name ({@link EntityType#NAME_KEY}), which
 * case-insensitive name filters read, and a dated kind's date as ISO text ({@link EntityType#DATE_KEY}), which the
 * order by date reads so that undated nodes come first. Writes set the derived keys; start-up fills them in for
 * graphs written before they existed, or by other programs; exports leave them out.
 */
public final class SortKeys {

    private SortKeys() {
    }

    /** The derived properties, which a bundle never holds. */
    public static List<String> derivedNames() {
        return List.of(EntityType.NAME_KEY, EntityType.DATE_KEY);
    }

    /** The properties a kind's lists can be ordered by besides the id: its name and, if dated, its date key. */
    public static List<String> ordered(EntityType type) {
        return type.dateProperty().isPresent() ? List.of("name", EntityType.DATE_KEY) : List.of("name");
    }

    private static List<String> derived(EntityType type) {
        return type.dateProperty().isPresent() ? derivedNames() : List.of(EntityType.NAME_KEY);
    }

    /** {@code SET} items that bring a node's derived keys up to date, e.g. {@code n.nameKey = toLower(n.name)}. */
    public static String assignments(EntityType type, String n) {
        List<String> items = new ArrayList<>();
        for (String key : derived(type)) {
            items.add(n + "." + key + " = " + value(type, n, key));
        }
        return String.join(", ", items);
    }

    /** That some derived key of the node is missing or out of date. */
    public static String stale(EntityType type, String n) {
        List<String> terms = new ArrayList<>();
        for (String key : derived(type)) {
            terms.add(n + "." + key + " IS NULL OR " + n + "." + key + " <> " + value(type, n, key));
        }
        return "(" + String.join(" OR ", terms) + ")";
    }

    private static String value(EntityType type, String n, String key) {
        return key.equals(EntityType.NAME_KEY) ? "toLower(" + n + ".name)"
                : "coalesce(toString(" + n + "." + type.dateProperty().orElseThrow().name() + "), '')";
    }
}
