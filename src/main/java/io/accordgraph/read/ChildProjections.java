package io.accordgraph.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.driver.Value;

import graphql.normalized.ExecutableNormalizedField;

/**
 * The projections of the fields of one name under a field (the {@code node} of an edge, the {@code entity} of a
 * search hit), each at its own position of a result list after the values that come first: a request may select one
 * name twice under two aliases.
 */
public final class ChildProjections {

    private final Map<ExecutableNormalizedField, Integer> positions = new LinkedHashMap<>();
    private final Map<ExecutableNormalizedField, Conversion> conversions = new LinkedHashMap<>();
    private final List<Expression> expressions = new ArrayList<>();

    /**
     * @param fields the fields to project
     * @param first the position of the first of them in the result list
     */
    public ChildProjections(List<ExecutableNormalizedField> fields, int first,
            Function<ExecutableNormalizedField, Projector.Projected> projection) {
        for (ExecutableNormalizedField child : fields) {
            Projector.Projected projected = projection.apply(child);
            positions.put(child, first + expressions.size());
            conversions.put(child, projected.conversion());
            expressions.add(projected.cypher());
        }
    }

    /** The fields of this name among these. */
    public static List<ExecutableNormalizedField> named(List<ExecutableNormalizedField> fields, String name) {
        return fields.stream().filter(f -> f.getName().equals(name)).toList();
    }

    /** The Cypher expressions, in their order, to list after the values that come first. */
    public List<Expression> expressions() {
        return expressions;
    }

    /** The value of {@code child} out of one result list. */
    public Object from(ExecutableNormalizedField child, Value list) {
        return conversions.get(child).from(list.get(positions.get(child)));
    }
}
