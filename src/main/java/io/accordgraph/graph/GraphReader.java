package io.accordgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Runs the read queries of the API. Reads are routed to readers, so a Neo4j cluster spreads them, and are
 * retried by the driver on transient failures; a database that stays unreachable becomes a coded GraphQL error.
 */
@ApplicationScoped
public class GraphReader {

    private static final Logger LOG = Logger.getLogger(GraphReader.class);
    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

    private final Driver driver;

    GraphReader(Driver driver) {
        this.driver = driver;
    }

    public List<Record> records(String cypher, Map<String, Object> parameters) {
        try {
            return driver.executableQuery(cypher).withParameters(parameters).withConfig(READ).execute().records();
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            LOG.warnf("Neo4j unreachable: %s", e.getMessage());
            throw new DatabaseUnavailableException();
        }
    }

    /** The first column of each row, mapped. */
    public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Value, T> mapper) {
        return records(cypher, parameters).stream().map(r -> mapper.apply(r.get(0))).toList();
    }

    /** The first column of the first row, mapped, or null when there is no row. */
    public <T> T single(String cypher, Map<String, Object> parameters, Function<Value, T> mapper) {
        List<T> all = list(cypher, parameters, mapper);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * Resolves a list field for a whole batch of parents in one query: one list per parent, in their order. The
     * same node can be a parent more than once in a batch (a delegation reached from each of its members); it is
     * asked for once and its answer given to each.
     */
    public <T> List<List<T>> perParent(Relation<T> relation, List<? extends Entity> parents) {
        return perParent(relation, parents, Map.of());
    }

    /** As {@link #perParent(Relation, List)}, with the field's arguments as further parameters of the query. */
    public <T> List<List<T>> perParent(Relation<T> relation, List<? extends Entity> parents,
            Map<String, Object> arguments) {
        List<String> ids = parents.stream().map(Entity::id).toList();
        Map<String, Object> parameters = new HashMap<>(arguments);
        parameters.put("ids", ids.stream().distinct().toList());
        Map<String, List<T>> byId = new HashMap<>();
        for (Record row : records(relation.cypher(), parameters)) {
            byId.computeIfAbsent(row.get("id").asString(), k -> new ArrayList<>())
                    .add(relation.mapper().apply(row.get("value")));
        }
        return ids.stream().map(id -> byId.getOrDefault(id, List.of())).toList();
    }

    /** As {@link #perParent}, for a field that holds at most one value: null where a parent has none. */
    public <T> List<T> onePerParent(Relation<T> relation, List<? extends Entity> parents) {
        return perParent(relation, parents).stream().map(values -> values.isEmpty() ? null : values.get(0)).toList();
    }
}
