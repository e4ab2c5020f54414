package io.accordgraph.read;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * With {@code accord.graphql.report-statements=true}, every answer says in {@code extensions.cypherStatements} how
 * many Cypher statements the request's reads ran: one per root field, however deep the query.
 */
@ApplicationScoped
public class StatementReport extends SimplePerformantInstrumentation {

    private final boolean enabled;

    StatementReport(@ConfigProperty(name = "accord.graphql.report-statements", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (!enabled) {
            return CompletableFuture.completedFuture(result);
        }
        int statements = StatementCount.of(parameters.getGraphQLContext()).get();
        return CompletableFuture.completedFuture(result.transform(r -> r.addExtension("cypherStatements", statements)));
    }
}
