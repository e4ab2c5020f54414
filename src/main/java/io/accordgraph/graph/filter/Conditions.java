package io.accordgraph.graph.filter;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Combines conditions: the operators of one input and the {@code AND} / {@code OR} / {@code NOT} of a filter. */
public final class Conditions {

    private Conditions() {
    }

    /** All of the conditions given (nulls skipped), or null when none is. */
    static String and(String... conditions) {
        return join(Arrays.asList(conditions), " AND ");
    }

    /** {@code AND: [...]}: every filter of the list holds. */
    public static Criterion all(List<? extends Where> filters) {
        return (v, p) -> filters == null ? null : join(each(filters, w -> Where.cypher(w, v, p)), " AND ");
    }

    /** {@code OR: [...]}: one filter of the list holds; an empty list matches nothing. */
    public static Criterion any(List<? extends Where> filters) {
        return (v, p) -> filters == null ? null
                : filters.isEmpty() ? "false" : join(each(filters, w -> Where.cypher(w, v, p)), " OR ");
    }

    /** {@code NOT: {...}}: the filter does not hold. */
    public static Criterion not(Where filter) {
        return (v, p) -> filter == null ? null : "NOT " + Where.cypher(filter, v, p);
    }

    private static List<String> each(List<? extends Where> filters, Function<Where, String> cypher) {
        return filters.stream().map(cypher).toList();
    }

    private static String join(List<String> conditions, String operator) {
        String joined = conditions.stream().filter(Objects::nonNull).collect(Collectors.joining(operator));
        return joined.isEmpty() ? null : "(" + joined + ")";
    }
}
