package io.accordgraph.graph;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Runs each write in one transaction on the leader, retried by the driver on transient failures such as a
 * deadlock between two writers of the same node. An exception thrown by the work rolls everything back.
 */
@ApplicationScoped
public class GraphWriter {

    private static final Logger LOG = Logger.getLogger(GraphWriter.class);

    private final Driver driver;

    GraphWriter(Driver driver) {
        this.driver = driver;
    }

    public <T> T inTransaction(Function<TransactionContext, T> work) {
        // The bookmarks that GraphReader's queries share, so that the next read sees this write, even on a replica.
        SessionConfig config = SessionConfig.builder()
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build();
        try (Session session = driver.session(config)) {
            return session.executeWrite(work::apply);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            LOG.warnf("Neo4j unreachable: %s", e.getMessage());
            throw new DatabaseUnavailableException();
        }
    }
}
