package io.accordgraph.graph;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Keeps refused requests out of the log. SmallRye logs every exception a resolver throws at ERROR, which is right
 * for a fault of the server and wrong for a user's blank name or missing token: the client already has the message
 * and the code. An unreachable database is logged by {@link DatabaseFailures}, a few lines a minute, not here once
 * per request.
 */
@LoggingFilter(name = "refused-requests")
public final class RefusedRequestLogFilter implements Filter {

    private static final String PACKAGE = RejectedException.class.getPackageName() + ".";
    private static final String[] REFUSALS = { InvalidInputException.class.getSimpleName(),
            NotFoundException.class.getSimpleName(), ConflictException.class.getSimpleName(),
            UnauthenticatedException.class.getSimpleName(), ForbiddenException.class.getSimpleName(),
            QueryTimeoutException.class.getSimpleName(), DatabaseUnavailableException.class.getSimpleName(),
            BusyException.class.getSimpleName() };

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        // A request past the time limit is the client's to fix, like a refused one; its error says so.
        if (thrown instanceof RejectedException || thrown instanceof AccessDeniedException
                || thrown instanceof QueryTimeoutException || thrown instanceof DatabaseUnavailableException
                || thrown instanceof BusyException) {
            return false;
        }
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        if (message == null || !message.startsWith("SRGQL012000")) {
            return true;
        }
        for (String refusal : REFUSALS) {
            if (message.contains(PACKAGE + refusal + ":")) {
                return false;
            }
        }
        return true;
    }
}
