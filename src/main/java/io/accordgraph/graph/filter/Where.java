package io.accordgraph.graph.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A filter input of one entity kind: its fields, each a {@link Criterion}, all of which must hold. The input records
 * list their fields in {@link #criteria()}; {@link #cypher} turns any of them into one condition.
 */
public interface Where {

    List<Criterion> criteria();

    /**
     * The criteria of a filter input: those every kind has (id, name, aliases, AND, OR, NOT) and the kind's own.
     */
    static List<Criterion> of(IdFilter id, TextFilter name, TextFilter aliases, List<? extends Where> and,
            List<? extends Where> or, Where not, Criterion... own) {
        List<Criterion> all = new ArrayList<>(List.of(IdFilter.on(id), TextFilter.onName(name),
                TextFilter.onAny("aliases", aliases), Conditions.all(and), Conditions.any(or), Conditions.not(not)));
        all.addAll(Arrays.asList(own));
        return all;
    }

    /** The condition on the node bound to {@code variable}, {@code true} for a null or empty filter. */
    static String cypher(Where where, String variable, CypherParameters parameters) {
        if (where == null) {
            return "true";
        }
        String all = where.criteria().stream()
                .map(c -> c.cypher(variable, parameters))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" AND "));
        return all.isEmpty() ? "true" : "(" + all + ")";
    }
}
