package io.accordgraph.graph;

import java.time.Duration;

import io.smallrye.graphql.api.ErrorCode;

/** The database stopped a request that ran longer than the server allows one to. */
@ErrorCode("TIMEOUT")
public class QueryTimeoutException extends RuntimeException {

    public QueryTimeoutException(Duration limit) {
        super("The database stopped this request (its time limit is " + limit.toMillis() / 1000.0 + " s); ask for "
                + "less (a smaller `first`, fewer levels) or split the import.", null, false, false);
    }
}
