package io.accordgraph.graph;

import io.smallrye.graphql.api.ErrorCode;

/** The request asks for something the API does not allow, e.g. a page larger than the maximum. */
@ErrorCode("VALIDATION")
public class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
