package io.accordgraph.neo4j;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Brings Neo4j's planner up to date after a large write. Plans are cached with the index statistics of the moment;
 * after an import of thousands of nodes those lag behind (Neo4j samples indexes in the background), and a list
 * planned then can sort a whole label on every request for minutes (measured: 78 req/s instead of 520 for
 * twenty states with their delegations and members, right after the benchmark's import). So a large import asks
 * Neo4j to resample the indexes it changed and, once that has had time to run, to plan its queries again.
 */
@ApplicationScoped
public class PlannerStatistics {

    private static final Logger LOG = Logger.getLogger(PlannerStatistics.class);

    private final Driver driver;
    private final int threshold;
    private final Executor later;
    private final AtomicBoolean pending = new AtomicBoolean();

    PlannerStatistics(Driver driver,
            @ConfigProperty(name = "accord.import.refresh-statistics-after", defaultValue = "1000") int threshold,
            @ConfigProperty(name = "accord.import.refresh-statistics-delay", defaultValue = "5s") Duration delay) {
        this.driver = driver;
        this.threshold = threshold;
        this.later = CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** After a committed write of {@code written} nodes and facts; several large imports in a row refresh once. */
    public void written(int written) {
        if (written < threshold || !pending.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture.runAsync(() -> run("CALL db.resampleOutdatedIndexes()"))
                .thenRunAsync(() -> run("CALL db.clearQueryCaches()"), later)
                // Whatever happened (a driver closed at shutdown), the next large import may refresh again.
                .whenComplete((done, failure) -> pending.set(false));
    }

    private void run(String procedure) {
        try (Session session = driver.session()) {
            session.run(procedure).consume();
        } catch (Neo4jException e) {
            // A user without the privilege on a managed Neo4j: plans then catch up on Neo4j's own schedule.
            LOG.debugf("%s failed: %s", procedure, e.getMessage());
        }
    }
}
