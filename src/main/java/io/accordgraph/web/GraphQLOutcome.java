package io.accordgraph.web;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Notes on the HTTP request whether its answer has data and errors, for the status and caching headers that
 * {@link GraphQLRequestGuard} sets: SmallRye answers 200 whatever the result. The request is taken when the
 * execution begins, on the request's thread, since the result may complete on another.
 */
@ApplicationScoped
public class GraphQLOutcome extends SimplePerformantInstrumentation {

    private static final String REQUEST = GraphQLOutcome.class.getName() + ".request";
    private static final String WITHOUT_DATA = GraphQLOutcome.class.getName() + ".withoutData";
    private static final String WITH_ERRORS = GraphQLOutcome.class.getName() + ".withErrors";

    @Inject
    CurrentVertxRequest request;

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        RoutingContext http = request.getCurrent();
        if (http != null) {
            parameters.getGraphQLContext().put(REQUEST, http);
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        RoutingContext http = parameters.getGraphQLContext().get(REQUEST);
        if (http != null) {
            http.put(WITHOUT_DATA, !result.isDataPresent());
            http.put(WITH_ERRORS, !result.getErrors().isEmpty());
        }
        return CompletableFuture.completedFuture(result);
    }

    /** True when the request's answer has no {@code data}: it was refused before it ran. */
    static boolean withoutData(RoutingContext context) {
        return Boolean.TRUE.equals(context.get(WITHOUT_DATA));
    }

    /** True when the request's answer was computed and has no errors. */
    static boolean withoutErrors(RoutingContext context) {
        return Boolean.FALSE.equals(context.get(WITH_ERRORS));
    }
}
