package io.accordgraph.read.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    static String ids(String value, Map<String, Object> filter, CypherParameters p) {
        List<String> terms = new ArrayList<>();
        given(filter, "eq", v -> terms.add(value + " = " + p.add(v)));
        given(filter, "in", v -> terms.add(value + " IN " + p.add(v)));
        return Filters.join(terms, " AND ", null);
    }

    /**
     * Case-insensitive text on a value that is already lower-cased (the stored name key, which a text index per
     * kind serves) or lower-cased here (any other property, which no index can serve, so it reads one label).
     */
    static String text(String lowerCased, Map<String, Object> filter, CypherParameters p) {
        List<String> terms = new ArrayList<>();
        given(filter, "eq", v -> terms.add(lowerCased + " = toLower(" + p.add(v) + ")"));
        given(filter, "in", v -> terms.add(lowerCased + " IN [x IN " + p.add(v) + " | toLower(x)]"));
        given(filter, "contains", v -> terms.add(lowerCased + " CONTAINS toLower(" + p.add(v) + ")"));
        given(filter, "startsWith", v -> terms.add(lowerCased + " STARTS WITH toLower(" + p.add(v) + ")"));
        return Filters.join(terms, " AND ", null);
    }

    /** On a list of strings: one element matches all the operators. */
    static String anyText(String list, Map<String, Object> filter, CypherParameters p) {
        String element = text("toLower(e)", filter, p);
        return element == null ? null : "any(e IN coalesce(" + list + ", []) WHERE " + element + ")";
    }

    /** On a property of the node's kind, by its type. */
    static String property(String v, Property property, Map<String, Object> filter, CypherParameters p) {
        String value = v + "." + property.name();
        List<String> terms = new ArrayList<>();
        switch (property.kind()) {
            case TEXT -> {
                return text("toLower(" + value + ")", filter, p);
            }
            case DATE -> {
                // A node without the date matches none of them.
                given(filter, "eq", d -> terms.add(value + " = " + p.add(d)));
                given(filter, "before", d -> terms.add(value + " < " + p.add(d)));
                given(filter, "after", d -> terms.add(value + " > " + p.add(d)));
                given(filter, "onOrBefore", d -> terms.add(value + " <= " + p.add(d)));
                given(filter, "onOrAfter", d -> terms.add(value + " >= " + p.add(d)));
            }
            case ENUM -> {
                given(filter, "eq", c -> terms.add(oneOf(value, List.of(c), property, p)));
                given(filter, "in", c -> terms.add(oneOf(value, (List<?>) c, property, p)));
            }
            case BOOLEAN -> given(filter, "eq", b -> terms.add("coalesce(" + value + ", " + p.add(property.whenMissing())
                    + ") = " + p.add(b)));
        }
        return Filters.join(terms, " AND ", null);
    }

    /** The value is one of {@code constants}, where {@code UNKNOWN} stands for any value outside the vocabulary. */
    private static String oneOf(String value, List<?> constants, Property property, CypherParameters p) {
        List<?> known = constants.stream().filter(c -> !Property.UNKNOWN.equals(c)).toList();
        String in = value + " IN " + p.add(known);
        return known.size() == constants.size() ? in
                : "(" + in + " OR NOT " + value + " IN " + p.add(property.constants()) + ")";
    }

    private static void given(Map<String, Object> filter, String operator, java.util.function.Consumer<Object> term) {
        Object value = filter.get(operator);
        if (value != null) {
            term.accept(value);
        }
    }
}
