package io.accordgraph.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import io.accordgraph.graph.GraphReader;
import io.accordgraph.graph.Problem;
import io.accordgraph.graph.RejectedException;

/** How two entities are linked: the shortest chains of facts between them. */
@GraphQLApi
public class PathApi {

    private static final String EXISTING = "MATCH (n:Entity) WHERE n.id IN [$from, $to] RETURN n.id";

    private final GraphReader graph;
    private final PathConfig config;

    PathApi(GraphReader graph, PathConfig config) {
        this.graph = graph;
        this.config = config;
    }

    @Query
    @Description("The shortest chains of facts between two entities, each fact with its sources (provenance links "
            + "to reports are not facts). `maxHops` (default and maximum configured) bounds the length; no chain "
            + "that short gives an empty list.")
    public @NonNull List<@NonNull FactPath> path(@NonNull @Id String from, @NonNull @Id String to, Integer maxHops) {
        int hops = hops(maxHops);
        if (from.equals(to)) {
            throw RejectedException.of(Problem.invalid("to", "from and to are the same entity ('" + from + "'); a path links two"));
        }
        List<String> found = graph.list(EXISTING, Map.of("from", from, "to", to), Value::asString);
        for (String id : List.of(from, to)) {
            if (!found.contains(id)) {
                throw RejectedException.of(Problem.notFound(id.equals(from) ? "from" : "to", "no entity with id '" + id + "'"));
            }
        }
        Map<Integer, List<Fact>> paths = new TreeMap<>();
        for (Record row : graph.records(cypher(hops), Map.of("from", from, "to", to, "paths", config.maxPaths()))) {
            paths.computeIfAbsent(row.get("path").asInt(), k -> new ArrayList<>()).add(Fact.from(row.get("fact")));
        }
        return paths.values().stream().map(facts -> new FactPath(facts.size(), facts)).toList();
    }

    private int hops(Integer maxHops) {
        int hops = maxHops == null ? config.defaultHops() : maxHops;
        if (hops < 1 || hops > config.maxHops()) {
            throw RejectedException.of(Problem.invalid("maxHops", "must be between 1 and " + config.maxHops()
                    + " (it was " + hops + ")"));
        }
        return hops;
    }

    // The hop count is a checked int: a variable-length bound cannot be a parameter. Each path's facts come out as
    // rows, numbered by path and in order along it; REPORTED_BY links are provenance, not facts, so never a step.
    private static String cypher(int hops) {
        return "MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) "
                + "MATCH p = allShortestPaths((a)-[*.." + hops + "]-(b)) "
                + "WHERE none(r IN relationships(p) WHERE type(r) = 'REPORTED_BY') "
                + "WITH collect(p)[..$paths] AS paths "
                + "UNWIND range(0, size(paths) - 1) AS path "
                + "WITH path, relationships(paths[path]) AS steps "
                + "UNWIND range(0, size(steps) - 1) AS step "
                + "WITH path, step, steps[step] AS r "
                + "WITH path, step, r, startNode(r) AS s, endNode(r) AS o "
                + "RETURN path, " + Fact.PROJECTION + " AS fact ORDER BY path, step";
    }
}
