package io.accordgraph.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.neo4j.driver.Value;

import io.accordgraph.graph.GraphReader;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;

@GraphQLApi
public class StatsApi {

    // One count per label and one per relationship type of the model, each as its own MATCH of one label or type
    // with nothing else: the planner answers that shape from Neo4j's count store, in constant time. Labels and types
    // come from EntityType and Predicate, never from a request.
    static final String LABELS = counts(labels(), label -> "MATCH (n:" + label + ") WITH count(n) AS count")
            + " RETURN c";
    // Types with no relationship are left out.
    static final String RELATIONSHIPS = counts(Arrays.stream(Predicate.values()).map(Predicate::name).toList(),
            type -> "MATCH " + Predicate.valueOf(type).out().between("", "r", "") + " WITH count(r) AS count")
            + " WHERE c.count > 0 RETURN c ORDER BY c.name";

    private final GraphReader graph;

    StatsApi(GraphReader graph) {
        this.graph = graph;
    }

    @Query
    @Description("How many nodes of each kind and relationships of each type the graph holds.")
    public @NonNull Stats stats() {
        return new Stats(graph.list(LABELS, Map.of(), StatsApi::count),
                graph.list(RELATIONSHIPS, Map.of(), StatsApi::count));
    }

    private static Count count(Value c) {
        return new Count(c.get("name").asString(), c.get("count").asInt());
    }

    private static List<String> labels() {
        List<String> labels = new ArrayList<>(List.of(EntityType.ENTITY_LABEL));
        Arrays.stream(EntityType.values()).map(EntityType::label).forEach(labels::add);
        return labels;
    }

    /** A row {@code c: {name, count}} per name, in the names' order, each counted by a UNION branch of its own. */
    private static String counts(List<String> names, Function<String, String> count) {
        return IntStream.range(0, names.size())
                .mapToObj(i -> count.apply(names.get(i)) + " RETURN " + i + " AS i, '" + names.get(i)
                        + "' AS name, count")
                .collect(Collectors.joining(" UNION ALL ", "CALL () { ", " } WITH i, {name: name, count: count} AS c "
                        + "ORDER BY i WITH c"));
    }
}
