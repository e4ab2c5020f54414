package io.accordgraph.graph;

import io.smallrye.graphql.api.ErrorCode;

/**
 * Neo4j could not be reached, even after the driver's retries; clients may try again later. It carries no stack
 * trace: the cause is logged once, in one line, where it is caught.
 */
@ErrorCode("DATABASE_UNAVAILABLE")
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException() {
        super("The graph database cannot be reached at the moment; try again shortly.", null, false, false);
    }
}
