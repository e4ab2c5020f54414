package io.accordgraph.graph;

import io.smallrye.graphql.api.ErrorCode;

/** The request names an entity that does not exist. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
