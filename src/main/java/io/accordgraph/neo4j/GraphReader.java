package io.accordgraph.neo4j;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.ResultCursor;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;

import io.accordgraph.error.CodedException;
import io.accordgraph.graph.LimitsConfig;

/**
 * Runs the read queries of the API. Reads are routed to readers, so a Neo4j cluster spreads them, and are
 * retried by the driver on transient failures; a database that stays unreachable becomes a coded GraphQL error.
 */
@ApplicationScoped
public class GraphReader {

    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

    private static final int AUTO_COMMIT_ATTEMPTS = 3;

    private final Driver driver;
    private final SessionConfig readSession;
    private final Duration timeout;
    private final TransactionConfig limited;

    private final Duration bulkTimeout;
    private final TransactionConfig bulk;
    /** How long after its first attempt a read may be tried again, as the driver does for managed transactions. */
    private final long retryNanos;

    GraphReader(Driver driver, LimitsConfig limits,
            @ConfigProperty(name = "quarkus.neo4j.max-transaction-retry-time") Duration retryTime) {
        this.driver = driver;
        this.retryNanos = retryTime.toNanos();
        this.readSession = Sessions.of(driver).withDefaultAccessMode(AccessMode.READ).build();
        this.timeout = limits.readTimeout();
        this.limited = TransactionConfig.builder().withTimeout(timeout).build();
        this.bulkTimeout = limits.writeTimeout();
        this.bulk = TransactionConfig.builder().withTimeout(bulkTimeout).build();
    }

    /**
     * Runs several reads in one read transaction, on one server and one connection, for work whose statements must
     * describe one graph (an export). It reads as much as an import writes, so it has the write time limit.
     */
    public <T> T inTransaction(Function<TransactionContext, T> work) {
        long started = System.nanoTime();
        try (Session session = driver.session(readSession)) {
            return session.executeRead(work::apply, bulk);
        } catch (Neo4jException e) {
            throw DatabaseFailures.translate(e, bulkTimeout, started);
        }
    }

    public List<Record> records(String cypher, Map<String, Object> parameters) {
        long started = System.nanoTime();
        try {
            return driver.executableQuery(cypher).withParameters(parameters).withConfig(READ).execute().records();
        } catch (Neo4jException e) {
            throw DatabaseFailures.translate(e, timeout, started);
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
     * and leaves the others standing. Asynchronous: no thread waits on the database, and the driver retries the
     * whole transaction on transient failures. The database stops it after the read time limit.
     */
    public <K> CompletionStage<Map<K, Object>> readAll(Map<K, Statement> statements) {
        if (statements.size() == 1) {
            Map.Entry<K, Statement> only = statements.entrySet().iterator().next();
            return autoCommit(only.getValue(), AUTO_COMMIT_ATTEMPTS, System.nanoTime()).thenApply(answer -> {
                Map<K, Object> answers = new LinkedHashMap<>();
                answers.put(only.getKey(), answer);
                return answers;
            });
        }
        long started = System.nanoTime();
        AsyncSession session = driver.session(AsyncSession.class, readSession);
        return session.executeReadAsync(tx -> {
            Map<K, Object> answers = new LinkedHashMap<>();
            CompletionStage<Void> all = CompletableFuture.completedFuture(null);
            for (Map.Entry<K, Statement> entry : statements.entrySet()) {
                Statement statement = entry.getValue();
                all = all.thenCompose(previous -> tx.runAsync(statement.cypher(), statement.parameters()))
                        .thenCompose(ResultCursor::listAsync)
                        .thenAccept(records -> answers.put(entry.getKey(), answerOf(statement, records)));
            }
            return all.thenApply(done -> answers);
        }, limited).handle((answers, error) -> {
            session.closeAsync();
            if (error != null) {
                throw DatabaseFailures.translate(error, timeout, started);
            }
            return answers;
        });
    }

    /**
     * One statement is a transaction of its own (auto-commit), which spares the round trip of a COMMIT; it is tried
     * again, in a new session, when the failure is one the driver would retry a transaction for.
     */
    private CompletionStage<Object> autoCommit(Statement statement, int attempts, long started) {
        AsyncSession session = driver.session(AsyncSession.class, readSession);
        return session.runAsync(statement.cypher(), statement.parameters(), limited)
                .thenCompose(ResultCursor::listAsync)
                .handle((records, error) -> {
                    session.closeAsync();
                    Throwable cause = error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    if (cause == null) {
                        return CompletableFuture.completedFuture(answerOf(statement, records));
                    }
                    // Bounded in time too: each attempt may wait for a connection, and waits must not add up.
                    if (cause instanceof RetryableException && attempts > 1
                            && System.nanoTime() - started < retryNanos) {
                        return autoCommit(statement, attempts - 1, started);
                    }
                    throw DatabaseFailures.translate(cause, timeout, started);
                }).thenCompose(answer -> answer);
    }

    private static Object answerOf(Statement statement, List<Record> records) {
        try {
            return statement.answer().apply(records);
        } catch (CodedException refused) {
            return refused;
        }
    }
}
