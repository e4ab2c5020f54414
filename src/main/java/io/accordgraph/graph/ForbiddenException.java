package io.accordgraph.graph;

import io.smallrye.graphql.api.ErrorCode;

/** The request's token is valid but lacks the role the operation needs. */
@ErrorCode(ForbiddenException.CODE)
public class ForbiddenException extends AccessDeniedException {

    static final String CODE = "FORBIDDEN";

    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return CODE;
    }
}
