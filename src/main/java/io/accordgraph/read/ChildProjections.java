package io.accordgraph.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Value;

import graphql.normalized.ExecutableNormalizedField;

/**
 * The projections of the fields of one name under a field (the {@code node} of an edge, the {@code entity} of a
 * search hit), each under its own key of a result map: a request may select one name twice under two aliases.
 */
public final class ChildProjections {

    private final Map<ExecutableNormalizedField, String> keys = new LinkedHashMap<>();
    private final Map<ExecutableNormalizedField, Conversion> conversions = new LinkedHashMap<>();
    private final List<String> items = new ArrayList<>();

    public ChildProjections(ExecutableNormalizedField parent, String name, CypherParameters parameters,
            Function<ExecutableNormalizedField, Projector.Projected> projection) {
        this(named(parent.getChildren(), name), parameters, projection);
    }

    public ChildProjections(List<ExecutableNormalizedField> fields, CypherParameters parameters,
            Function<ExecutableNormalizedField, Projector.Projected> projection) {
        for (ExecutableNormalizedField child : fields) {
            Projector.Projected projected = projection.apply(child);
            String key = parameters.fresh("k");
            keys.put(child, key);
            conversions.put(child, projected.conversion());
            items.add(key + ": " + projected.cypher());
        }
    }

    /** The fields of this name among these. */
    public static List<ExecutableNormalizedField> named(List<ExecutableNormalizedField> fields, String name) {
        return fields.stream().filter(f -> f.getName().equals(name)).toList();
    }

    /** The map entries to write, e.g. {@code k3: n {.id, .name}}. */
    public List<String> items() {
        return items;
    }

    /** The value of {@code child} out of one result map. */
    public Object from(ExecutableNormalizedField child, Value map) {
        return conversions.get(child).from(map.get(keys.get(child)));
    }
}
