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

import io.accordgraph.graph.GraphReader;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;

@GraphQLApi
public class StatsApi {

    // One count per label, written out from EntityType: a count of a fixed label is read from Neo4j's count store.
    private static final String LABELS = labelCounts();
    // One count per relationship type of the model, from the count store too; types with none are left out.
    private static final String RELATIONSHIPS = Arrays.stream(Predicate.values())
            .map(p -> "{name: '" + p.name() + "', count: COUNT { MATCH " + p.out().between("", "", "") + " }}")
            .collect(Collectors.joining(", ", "UNWIND [", "] AS c WITH c WHERE c.count > 0 RETURN c ORDER BY c.name"));

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
