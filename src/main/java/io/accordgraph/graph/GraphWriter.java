package io.accordgraph.graph;

import java.time.Duration;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Runs each write in one transaction on the leader, retried by the driver on transient failures such as a
 * deadlock between two writers of the same node, and stopped by the database after the write time limit. An
 * exception thrown by the work rolls everything back.
 */
@ApplicationScoped
public class GraphWriter {

    private final Driver driver;
    private final Duration timeout;
    private final TransactionConfig limited;

    GraphWriter(Driver driver, LimitsConfig limits) {
        this.driver = driver;
        this.timeout = limits.writeTimeout();
        this.limited = TransactionConfig.builder().withTimeout(timeout).build();
    }

    public <T> T inTransaction(Function<TransactionContext, T> work) {
        // The bookmarks that GraphReader's queries share, so that the next read sees this write, even on a replica.
        SessionConfig config = SessionConfig.builder()
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build();
        try (Session session = driver.session(config)) {
            return session.executeWrite(work::apply, limited);
        } catch (Neo4jException e) {
            throw DatabaseFailures.translate(e, timeout);
        }
    }
}
