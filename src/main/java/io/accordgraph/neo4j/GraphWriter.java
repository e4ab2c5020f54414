package io.accordgraph.neo4j;

import java.time.Duration;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;

import io.accordgraph.graph.LimitsConfig;
import io.accordgraph.graph.model.EntityType;

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
    private final SessionConfig sessions;

    GraphWriter(Driver driver, LimitsConfig limits) {
        this.driver = driver;
        this.sessions = Sessions.of(driver).build();
        this.timeout = limits.writeTimeout();
        this.limited = TransactionConfig.builder().withTimeout(timeout).build();
    }

    /**
     * {@code matched} and then the write lock of its node {@code node}, taken without changing it, keeping the row
     * only if the node still exists once the lock is held. Checks made after it on that node hold until the
     * transaction ends: another transaction's delete waits for this one, and a delete that held the lock first drops
     * the row.
     */
    public static StatementBuilder.OngoingReading locked(StatementBuilder.OngoingReading matched, Node node) {
        // Setting a property to its own value writes nothing but takes the lock; a bare REMOVE would not.
        return matched.set(node.property("id").to(node.property("id"))).with(Cypher.asterisk())
                .where(node.hasLabels(EntityType.ENTITY_LABEL));
    }

    /**
     * Runs {@code work} in a write transaction that is then rolled back, whatever it wrote: a dry run, which
     * answers what the write would do and leaves the graph as it was.
     */
    @SuppressWarnings("unchecked")
    public <T> T rolledBack(Function<TransactionContext, T> work) {
        try {
            inTransaction(tx -> {
                throw new Undone(work.apply(tx));
            });
        } catch (Undone undone) {
            return (T) undone.answer;
        }
        throw new IllegalStateException("a dry run committed");
    }

    /** How a dry run leaves its transaction: the driver rolls back a transaction whose work throws. */
    private static final class Undone extends RuntimeException {

        private final transient Object answer;

        Undone(Object answer) {
            super(null, null, false, false);
            this.answer = answer;
        }
    }

    public <T> T inTransaction(Function<TransactionContext, T> work) {
        long started = System.nanoTime();
        try (Session session = driver.session(sessions)) {
            return session.executeWrite(work::apply, limited);
        } catch (Neo4jException e) {
            throw DatabaseFailures.translate(e, timeout, started);
        }
    }
}
