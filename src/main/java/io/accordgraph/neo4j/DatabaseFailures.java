package io.accordgraph.neo4j;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

import io.accordgraph.error.CodedException;
import io.accordgraph.error.ErrorCode;

/**
 * What a failure of the database means to a client: stopped at the request's time limit ({@code TIMEOUT}),
 * unreachable or stopped by the database itself, as while it shuts down (logged once here, in one line, and answered
 * with {@code DATABASE_UNAVAILABLE}), or anything else as it is.
 */
final class DatabaseFailures {

    private static final Logger LOG = Logger.getLogger(DatabaseFailures.class);
    /** An outage fails every request: the log says so at most once in this many nanoseconds, with a count. */
    private static final long LOG_EVERY = Duration.ofSeconds(10).toNanos();
    private static final AtomicLong LAST_LOGGED = new AtomicLong(System.nanoTime() - LOG_EVERY);
    private static final AtomicLong UNLOGGED = new AtomicLong();
    private static final String DATABASE_NOT_FOUND = "Neo.ClientError.Database.DatabaseNotFound";
    private static final String TIMED_OUT = "Neo.ClientError.Transaction.TransactionTimedOut";
    /**
     * Codes of a transaction the database stopped, while running or while waiting for a lock: at its time limit, or
     * before it when the database shuts down or an operator kills it; the time taken tells which.
     */
    private static final List<String> STOPPED = List.of("Neo.ClientError.Transaction.LockClientStopped",
            "Neo.ClientError.Transaction.Terminated", "Neo.TransientError.Transaction.LockClientStopped",
            "Neo.TransientError.Transaction.Terminated");

    private DatabaseFailures() {
    }

    /** The failure of work that began at {@code started} ({@link System#nanoTime()}) with time limit {@code timeout}. */
    static RuntimeException translate(Throwable failure, Duration timeout, long started) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        String code = cause instanceof Neo4jException coded && coded.code() != null ? coded.code() : "";
        boolean stopped = STOPPED.stream().anyMatch(code::startsWith);
        if (code.startsWith(TIMED_OUT) || stopped && System.nanoTime() - started >= timeout.toNanos()) {
            return new CodedException(ErrorCode.TIMEOUT, "The database stopped this request (its time limit is "
                    + timeout.toMillis() / 1000.0 + " s); ask for less (a smaller `first`, fewer levels) or split the "
                    + "import.");
        }
        // A transient failure that outlived the driver's retries, a database that is not there while its server
        // stops or starts, or work it stopped before the time limit: the client may try again shortly.
        if (stopped || cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
                || cause instanceof TransientException || DATABASE_NOT_FOUND.equals(code)) {
            logUnavailable(cause);
            return new CodedException(ErrorCode.DATABASE_UNAVAILABLE,
                    "The graph database cannot be reached at the moment; try again shortly.");
        }
        return cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
    }

    private static void logUnavailable(Throwable cause) {
        long now = System.nanoTime();
        long last = LAST_LOGGED.get();
        if (now - last >= LOG_EVERY && LAST_LOGGED.compareAndSet(last, now)) {
            long more = UNLOGGED.getAndSet(0);
            LOG.warnf("Neo4j unavailable: %s%s", cause.getMessage(),
                    more == 0 ? "" : " (and " + more + " more failed requests since the last such line)");
        } else {
            UNLOGGED.incrementAndGet();
        }
    }
}
