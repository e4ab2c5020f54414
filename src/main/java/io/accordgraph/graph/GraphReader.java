package io.accordgraph.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
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
    // The bookmarks that executable queries and GraphWriter share, so that a read sees the writes before it.
    private final SessionConfig readSession;

    GraphReader(Driver driver) {
        this.driver = driver;
        this.readSession = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ)
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build();
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
     * Runs statements in one read transaction, so that they see the same graph, and turns the records of each into
     * its answer; a statement whose answer is refused (an id that does not exist) gives its exception as its answer
     * and leaves the others standing. The driver retries the whole transaction on transient failures.
     */
    public <K> Map<K, Object> readAll(Map<K, Statement> statements) {
        try (Session session = driver.session(readSession)) {
            return session.executeRead(tx -> {
                Map<K, Object> answers = new LinkedHashMap<>();
                statements.forEach((key, statement) -> {
                    try {
                        answers.put(key, statement.answerIn(tx));
                    } catch (RejectedException refused) {
                        answers.put(key, refused);
                    }
                });
                return answers;
            });
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            LOG.warnf("Neo4j unreachable: %s", e.getMessage());
            throw new DatabaseUnavailableException();
        }
    }
}
