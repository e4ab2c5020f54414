package io.accordgraph.graphql;

import graphql.execution.ExecutionContext;

/**
 * A check of a whole operation after it is parsed and validated and before any field runs, such as the limits on
 * its size. {@link RequestInstrumentation} runs every such bean once per request.
 */
public interface OperationCheck {

    /** @throws io.accordgraph.error.LimitExceededException to refuse the whole operation, with its code */
    void check(ExecutionContext context);
}
