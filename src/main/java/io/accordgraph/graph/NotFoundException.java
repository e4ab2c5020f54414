package io.accordgraph.graph;

import java.util.List;

import io.smallrye.graphql.api.ErrorCode;

/** An id the request relies on is not in the graph. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends RejectedException {

    NotFoundException(List<Problem> problems) {
        super(problems);
    }

    @Override
    public ProblemCode code() {
        return ProblemCode.NOT_FOUND;
    }
}
