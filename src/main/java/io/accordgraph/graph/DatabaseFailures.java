package io.accordgraph.graph;

import java.time.Duration;
import java.util.concurrent.CompletionException;

import org.jboss.logging.Logger;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * What a failure of the database means to a client: unreachable (logged once here, in one line, and answered with
 * {@code DATABASE_UNAVAILABLE}), stopped at the request's time limit ({@code TIMEOUT}), or anything else as it is.
 */
final class DatabaseFailures {

    private static final Logger LOG = Logger.getLogger(DatabaseFailures.class);
    private static final String TIMED_OUT = "Neo.ClientError.Transaction.TransactionTimedOut";

    private DatabaseFailures() {
    }

    static RuntimeException translate(Throwable failure, Duration timeout) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) {
            LOG.warnf("Neo4j unreachable: %s", cause.getMessage());
            return new DatabaseUnavailableException();
        }
        if (cause instanceof ClientException client && client.code() != null && client.code().startsWith(TIMED_OUT)) {
            return new QueryTimeoutException(timeout);
        }
        return cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
    }
}
