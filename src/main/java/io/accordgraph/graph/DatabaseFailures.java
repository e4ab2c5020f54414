package io.accordgraph.graph;

import java.time.Duration;
import java.util.concurrent.CompletionException;

import org.jboss.logging.Logger;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * What a failure of the database means to a client: unreachable (logged once here, in one line, and answered with
 * {@code DATABASE_UNAVAILABLE}), stopped at the request's time limit ({@code TIMEOUT}), or anything else as it is.
 */
final class DatabaseFailures {

    private static final Logger LOG = Logger.getLogger(DatabaseFailures.class);
    private static final String TIMED_OUT = "Neo.ClientError.Transaction.TransactionTimedOut";
    private static final String DATABASE_NOT_FOUND = "Neo.ClientError.Database.DatabaseNotFound";

    private DatabaseFailures() {
    }

    static RuntimeException translate(Throwable failure, Duration timeout) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        // A transient failure that outlived the driver's retries, or a database that is not there while its
        // server stops or starts, is the database being unavailable too: the client may try again shortly.
        if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException
                || cause instanceof TransientException
                || cause instanceof ClientException client && DATABASE_NOT_FOUND.equals(client.code())) {
            LOG.warnf("Neo4j unavailable: %s", cause.getMessage());
            return new DatabaseUnavailableException();
        }
        if (cause instanceof ClientException client && client.code() != null && client.code().startsWith(TIMED_OUT)) {
            return new QueryTimeoutException(timeout);
        }
        return cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
    }
}
