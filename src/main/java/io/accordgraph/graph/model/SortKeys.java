package io.accordgraph.graph.model;

import java.util.List;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Operation;

/**
 * The properties lists are ordered by, each followed by the id in a range index of its kind, and the properties
 * the server derives and keeps beside a node's own: the lower-cased name ({@link EntityType#NAME_KEY}), which
 * case-insensitive name filters read, and a dated kind's date as ISO text ({@link EntityType#DATE_KEY}), which the
 * order by date reads so that undated nodes come first. Writes set the derived keys; start-up fills them in for
 * graphs written before they existed, or by other programs; exports leave them out.
 */
public final class SortKeys {

    /** What a list's {@code orderBy} may name, as the schema's {@code OrderField} and {@code SortDirection} do. */
    public static final List<String> ORDER_FIELDS = List.of("NAME", "ID", "DATE");
    public static final List<String> DIRECTIONS = List.of("ASC", "DESC");

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
    public static List<Operation> assignments(EntityType type, Node n) {
        return derived(type).stream().map(key -> n.property(key).to(value(type, n, key))).toList();
    }

    /** That some derived key of the node is missing or out of date. */
    public static Condition stale(EntityType type, Node n) {
        return derived(type).stream().map(key -> n.property(key).isNull().or(n.property(key).isNotEqualTo(
                value(type, n, key)))).reduce(Condition::or).orElseThrow();
    }

    private static Expression value(EntityType type, Node n, String key) {
        return key.equals(EntityType.NAME_KEY) ? Cypher.toLower(n.property("name"))
                : Cypher.coalesce(Cypher.toString(n.property(type.dateProperty().orElseThrow().name())),
                        Cypher.literalOf(""));
    }
}
