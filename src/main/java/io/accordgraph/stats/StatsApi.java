package io.accordgraph.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.neo4j.driver.Value;

import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;

@GraphQLApi
public class StatsApi {

    // One count per label, written out from EntityType: a count of a fixed label is read from Neo4j's count store.
    private static final String LABELS = labelCounts();
    // Relationship types are not fixed in code; counting them all means one pass over the relationships.
    private static final String RELATIONSHIPS =
            "MATCH ()-[r]->() WITH type(r) AS name, count(*) AS count RETURN {name: name, count: count} "
                    + "ORDER BY name";

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

    private static String labelCounts() {
        List<String> labels = new ArrayList<>(List.of(EntityType.ENTITY_LABEL));
        Arrays.stream(EntityType.values()).map(EntityType::label).forEach(labels::add);
        return labels.stream()
                .map(l -> "{name: '" + l + "', count: COUNT { (:" + l + ") }}")
                .collect(Collectors.joining(", ", "UNWIND [", "] AS c RETURN c"));
    }
}
