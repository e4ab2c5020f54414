package io.accordgraph.error;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Keeps refused requests out of the log. SmallRye logs every exception a resolver throws at ERROR, which is right
 * for a fault of the server and wrong for a user's blank name or missing token: the client already has the message
 * and the code. An unreachable database is logged where it is caught, a few lines a minute, not here once per
 * request.
 */
@LoggingFilter(name = "refused-requests")
public final class RefusedRequestLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        // Each is the client's to act on, a request past the time limit too, like a refused one; its error says so.
        return !(record.getThrown() instanceof CodedException);
    }
}
