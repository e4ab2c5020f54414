package io.accordgraph.error;

import java.util.Map;

import graphql.execution.AbortExecutionException;

/**
 * A request refused whole because it asks for more work than the server allows (too deep, too many aliases, too many
 * rows). graphql-java answers it as the request's only error, with its code, before any field runs; it must be
 * graphql-java's own exception for that, so it cannot be a {@link CodedException}.
 */
public class LimitExceededException extends AbortExecutionException {

    private final ErrorCode code;

    public LimitExceededException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of("code", code.name());
    }
}
