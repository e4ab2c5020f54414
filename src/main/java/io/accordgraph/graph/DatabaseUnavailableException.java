package io.accordgraph.graph;

import io.smallrye.graphql.api.ErrorCode;

/** Neo4j could not be reached, even after the driver's retries; clients may try again later. */
@ErrorCode("DATABASE_UNAVAILABLE")
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(Throwable cause) {
        super("The graph database cannot be reached at the moment; try again shortly.", cause);
    }
}
