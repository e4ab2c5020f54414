package io.accordgraph.read.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.SymbolicName;

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
    public static Condition condition(EntityType type, Map<String, Object> where, SymbolicName v,
            CypherParameters p) {
        Condition all = conditions(type, where, v, p);
        return all == null ? Cypher.isTrue() : all;
    }

    @SuppressWarnings("unchecked")
    private static Condition conditions(EntityType type, Map<String, Object> where, SymbolicName v,
            CypherParameters p) {
        if (where == null) {
            return null;
        }
        List<Condition> terms = new ArrayList<>();
        for (Map.Entry<String, Object> entry : where.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            String name = entry.getKey();
            Object value = entry.getValue();
            terms.add(switch (name) {
                case "id" -> Operators.ids(v.property("id"), (Map<String, Object>) value, p);
                case "name" -> Operators.text(v.property(EntityType.NAME_KEY), (Map<String, Object>) value, p);
                case "aliases" -> Operators.anyText(v.property("aliases"), (Map<String, Object>) value, p);
                case "AND" -> join(each(type, (List<Map<String, Object>>) value, v, p), Condition::and, null);
                case "OR" -> join(each(type, (List<Map<String, Object>>) value, v, p), Condition::or, Cypher.isFalse());
                case "NOT" -> {
                    Condition inner = conditions(type, (Map<String, Object>) value, v, p);
                    yield inner == null ? null : inner.not();
                }
                default -> ownField(type, name, (Map<String, Object>) value, v, p);
            });
        }
        return all(terms);
    }

    private static Condition ownField(EntityType type, String name, Map<String, Object> filter, SymbolicName v,
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
    private static Condition related(Model.RelationFilter relation, Map<String, Object> filter, SymbolicName v,
            CypherParameters p) {
        Map<String, Object> some = (Map<String, Object>) filter.get("some");
        Map<String, Object> none = (Map<String, Object>) filter.get("none");
        return all(java.util.Arrays.asList(some == null ? null : exists(relation, some, v, p),
                none == null ? null : exists(relation, none, v, p).not()));
    }

    private static Condition exists(Model.RelationFilter relation, Map<String, Object> where, SymbolicName v,
            CypherParameters p) {
        SymbolicName other = p.name("f");
        return Cypher.match(relation.hop().from(v, other))
                .where(condition(relation.hop().target(), where, other, p)).asCondition();
    }

    private static List<Condition> each(EntityType type, List<Map<String, Object>> filters, SymbolicName v,
            CypherParameters p) {
        List<Condition> all = new ArrayList<>();
        for (Map<String, Object> filter : filters) {
            Condition condition = conditions(type, filter, v, p);
            all.add(condition == null ? Cypher.isTrue() : condition);
        }
        return all;
    }

    /** The terms that hold all, or null (no condition at all) when there are none. */
    static Condition all(List<Condition> terms) {
        return join(terms, Condition::and, null);
    }

    /** The terms joined by {@code operator}; {@code whenEmpty} when there are none (null: no condition at all). */
    private static Condition join(List<Condition> terms, BinaryOperator<Condition> operator, Condition whenEmpty) {
        return terms.stream().filter(Objects::nonNull).reduce(operator).orElse(whenEmpty);
    }
}
