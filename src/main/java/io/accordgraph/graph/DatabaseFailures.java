package io.accordgraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;

import org.jboss.logging.Logger;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * What a failure of the database means to a client: unreachable (logged once here, in one line, and answered with
 * {@code DATABASE_UNAVAILABLE}), stopped at the request's time limit ({@code TIMEOUT}), or anything else as it is.
 */
final class DatabaseFailures {

    private static final Logger LOG = Logger.getLogger(DatabaseFailures.class);
    private static final String DATABASE_NOT_FOUND = "Neo.ClientError.Database.DatabaseNotFound";
    /**
     * Codes of a transaction the database stopped: past its time limit, while running or while waiting for a lock
     * (an operator's kill gives the same codes, but the time limit is by far the usual cause here).
     */
    private static final List<String> STOPPED = List.of("Neo.ClientError.Transaction.TransactionTimedOut",
            "Neo.ClientError.Transaction.LockClientStopped", "Neo.ClientError.Transaction.Terminated",
            "Neo.TransientError.Transaction.LockClientStopped", "Neo.TransientError.Transaction.Terminated");

    private DatabaseFailures() {
    }

    static RuntimeException translate(Throwable failure, Duration timeout) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof Neo4jException stopped && stopped.code() != null
                && STOPPED.stream().anyMatch(stopped.code()::startsWith)) {
            return new QueryTimeoutException(timeout);
        }
        // A transient failure that outlived the driver's retries, or a database that is not there while its
        // server stops or starts, is the database being unavailable too: the client may try again shortly.
        if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
                || cause instanceof TransientException
                || cause instanceof Neo4jException missing && DATABASE_NOT_FOUND.equals(missing.code())) {
            LOG.warnf("Neo4j unavailable: %s", cause.getMessage());
            return new DatabaseUnavailableException();
        }
        return cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
    }
}
