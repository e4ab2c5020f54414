package io.accordgraph.read.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Model;
import io.accordgraph.graph.model.Property;
import io.accordgraph.neo4j.CypherParameters;

/**
 * Turns a {@code where} argument into one Cypher condition on a node, evaluated in the database. The argument is the
 * input the schema generates for the node's kind from the model ({@code PersonWhere}, ...), or {@code EntityWhere}
 * for a node of any kind: ids, names and aliases, the kind's own properties, its relationship filters
 * ({@code some} / {@code none}), and {@code AND}, {@code OR}, {@code NOT}. Values only reach Cypher as parameters.
 */
public final class Filters {

    private Filters() {
    }

    /**
     * The condition on the node bound to {@code v}: {@code true} for a null or empty filter.
     *
     * @param type the node's kind, or null for {@code EntityWhere}
     */
    public static String condition(EntityType type, Map<String, Object> where, String v, CypherParameters p) {
        String all = conditions(type, where, v, p);
        return all == null ? "true" : all;
    }

    @SuppressWarnings("unchecked")
    private static String conditions(EntityType type, Map<String, Object> where, String v, CypherParameters p) {
        if (where == null) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (Map.Entry<String, Object> entry : where.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            String name = entry.getKey();
            Object value = entry.getValue();
            terms.add(switch (name) {
                case "id" -> Operators.ids(v + ".id", (Map<String, Object>) value, p);
                case "name" -> Operators.text(v + "." + EntityType.NAME_KEY, (Map<String, Object>) value, p);
                case "aliases" -> Operators.anyText(v + ".aliases", (Map<String, Object>) value, p);
                case "AND" -> join(each(type, (List<Map<String, Object>>) value, v, p), " AND ", null);
                case "OR" -> join(each(type, (List<Map<String, Object>>) value, v, p), " OR ", "false");
                case "NOT" -> {
                    String inner = conditions(type, (Map<String, Object>) value, v, p);
                    yield inner == null ? null : "NOT " + inner;
                }
                default -> ownField(type, name, (Map<String, Object>) value, v, p);
            });
        }
        return join(terms, " AND ", null);
    }

    private static String ownField(EntityType type, String name, Map<String, Object> filter, String v,
            CypherParameters p) {
        Property property = type.property(name).orElse(null);
        if (property != null) {
            return Operators.property(v, property, filter, p);
        }
        Model.RelationFilter relation = Model.relationFilters(type).stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no filter " + name + " on " + type));
        return related(relation, filter, v, p);
    }

    @SuppressWarnings("unchecked")
    private static String related(Model.RelationFilter relation, Map<String, Object> filter, String v,
            CypherParameters p) {
        Map<String, Object> some = (Map<String, Object>) filter.get("some");
        Map<String, Object> none = (Map<String, Object>) filter.get("none");
        return join(java.util.Arrays.asList(some == null ? null : exists(relation, some, v, p),
                none == null ? null : "NOT " + exists(relation, none, v, p)), " AND ", null);
    }

    private static String exists(Model.RelationFilter relation, Map<String, Object> where, String v,
            CypherParameters p) {
        String other = p.fresh("f");
        return "EXISTS { MATCH " + relation.hop().pattern(v, "", other) + " WHERE "
                + condition(relation.hop().target(), where, other, p) + " }";
    }

    private static List<String> each(EntityType type, List<Map<String, Object>> filters, String v,
            CypherParameters p) {
        List<String> all = new ArrayList<>();
        for (Map<String, Object> filter : filters) {
            String condition = conditions(type, filter, v, p);
            all.add(condition == null ? "true" : condition);
        }
        return all;
    }

    /** The terms joined, in parentheses; {@code whenEmpty} when there are none (null: no condition at all). */
    static String join(List<String> terms, String operator, String whenEmpty) {
        String joined = terms.stream().filter(Objects::nonNull).collect(Collectors.joining(operator));
        return joined.isEmpty() ? whenEmpty : "(" + joined + ")";
    }
}
