package io.accordgraph.graph;

import java.util.List;

import io.smallrye.graphql.api.ErrorCode;

/** The request contradicts what the graph holds. */
@ErrorCode("CONFLICT")
public class ConflictException extends RejectedException {

    ConflictException(List<Problem> problems) {
        super(problems);
    }

    @Override
    public ProblemCode code() {
        return ProblemCode.CONFLICT;
    }
}
