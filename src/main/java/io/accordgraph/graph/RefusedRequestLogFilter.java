package io.accordgraph.graph;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Keeps refused requests out of the log. SmallRye logs every exception a resolver throws at ERROR, which is right
 * for a fault of the server and wrong for a user's blank name or missing token: the client already has the message
 * and the code. An unreachable database is logged by {@link DatabaseFailures}, a few lines a minute, not here once
 * per request.
 */
@LoggingFilter(name = "refused-requests")
public final class RefusedRequestLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        // A request past the time limit is the client's to fix, like a refused one; its error says so.
        return !(thrown instanceof RejectedException || thrown instanceof AccessDeniedException
                || thrown instanceof QueryTimeoutException || thrown instanceof DatabaseUnavailableException
                || thrown instanceof BusyException);
    }
}
