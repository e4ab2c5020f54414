package io.accordgraph.graph;

import java.util.List;

import io.smallrye.graphql.api.ErrorCode;

/** The input breaks a rule of the model. */
@ErrorCode("VALIDATION")
public class InvalidInputException extends RejectedException {

    InvalidInputException(List<Problem> problems) {
        super(problems);
    }

    @Override
    public ProblemCode code() {
        return ProblemCode.VALIDATION;
    }
}
