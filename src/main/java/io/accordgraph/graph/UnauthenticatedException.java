package io.accordgraph.graph;

import io.smallrye.graphql.api.ErrorCode;

/** The request needs a bearer token and came with none, or with one that is malformed, forged or expired. */
@ErrorCode(UnauthenticatedException.CODE)
public class UnauthenticatedException extends AccessDeniedException {

    static final String CODE = "UNAUTHENTICATED";

    public UnauthenticatedException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return CODE;
    }
}
