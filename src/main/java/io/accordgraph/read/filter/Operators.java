package io.accordgraph.read.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.SymbolicName;

import io.accordgraph.graph.model.Property;
import io.accordgraph.neo4j.CypherParameters;

/**
 * The operators of the filter inputs, each a condition on one value: exact ids ({@code IdFilter}), case-insensitive
 * text ({@code TextFilter}), dates ({@code DateFilter}), enum constants and flags. All given operators must hold.
 */
final class Operators {

    private Operators() {
    }

    /** Exact ids, so that the uniqueness constraint's index serves them. */
    static Condition ids(Expression value, Map<String, Object> filter, CypherParameters p) {
        List<Condition> terms = new ArrayList<>();
        given(filter, "eq", v -> terms.add(value.eq(p.parameter(v))));
        given(filter, "in", v -> terms.add(value.in(p.parameter(v))));
        return Filters.all(terms);
    }

    /**
     * Case-insensitive text on a value that is already lower-cased (the stored name key, which a text index per
     * kind serves) or lower-cased here (any other property, which no index can serve, so it reads one label).
     */
    static Condition text(Expression lowerCased, Map<String, Object> filter, CypherParameters p) {
        List<Condition> terms = new ArrayList<>();
        given(filter, "eq", v -> terms.add(lowerCased.eq(Cypher.toLower(p.parameter(v)))));
        given(filter, "in", v -> {
            SymbolicName x = Cypher.name("x");
            terms.add(lowerCased.in(Cypher.listWith(x).in(p.parameter(v)).returning(Cypher.toLower(x))));
        });
        given(filter, "contains", v -> terms.add(lowerCased.contains(Cypher.toLower(p.parameter(v)))));
        given(filter, "startsWith", v -> terms.add(lowerCased.startsWith(Cypher.toLower(p.parameter(v)))));
        return Filters.all(terms);
    }

    /** On a list of strings: one element matches all the operators. */
    static Condition anyText(Expression list, Map<String, Object> filter, CypherParameters p) {
        SymbolicName e = Cypher.name("e");
        Condition element = text(Cypher.toLower(e), filter, p);
        return element == null ? null : Cypher.any(e).in(Cypher.coalesce(list, Cypher.listOf())).where(element);
    }

    /** On a property of the node's kind, by its type. */
    static Condition property(SymbolicName v, Property property, Map<String, Object> filter, CypherParameters p) {
        Expression value = v.property(property.name());
        List<Condition> terms = new ArrayList<>();
        switch (property.kind()) {
            case TEXT -> {
                return text(Cypher.toLower(value), filter, p);
            }
            case DATE -> {
                // A node without the date matches none of them.
                given(filter, "eq", d -> terms.add(value.eq(p.parameter(d))));
                given(filter, "before", d -> terms.add(value.lt(p.parameter(d))));
                given(filter, "after", d -> terms.add(value.gt(p.parameter(d))));
                given(filter, "onOrBefore", d -> terms.add(value.lte(p.parameter(d))));
                given(filter, "onOrAfter", d -> terms.add(value.gte(p.parameter(d))));
            }
            case ENUM -> {
                given(filter, "eq", c -> terms.add(oneOf(value, List.of(c), property, p)));
                given(filter, "in", c -> terms.add(oneOf(value, (List<?>) c, property, p)));
            }
            case BOOLEAN -> given(filter, "eq", b -> terms.add(Cypher.coalesce(value,
                    p.parameter(property.whenMissing())).eq(p.parameter(b))));
        }
        return Filters.all(terms);
    }

    /** The value is one of {@code constants}, where {@code UNKNOWN} stands for any value outside the vocabulary. */
    private static Condition oneOf(Expression value, List<?> constants, Property property, CypherParameters p) {
        List<?> known = constants.stream().filter(c -> !Property.UNKNOWN.equals(c)).toList();
        Condition in = value.in(p.parameter(known));
        return known.size() == constants.size() ? in
                : in.or(value.in(p.parameter(property.constants())).not());
    }

    private static void given(Map<String, Object> filter, String operator, Consumer<Object> term) {
        Object value = filter.get(operator);
        if (value != null) {
            term.accept(value);
        }
    }
}
