package io.accordgraph.graphql;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;

/**
 * The one instrumentation graphql-java takes: SmallRye's for what happens once per request (it fills SmallRye's
 * parsed-query cache and applies its query limits when they are configured), every {@link OperationCheck} before an
 * operation runs, then every other instrumentation bean when the request and its operation begin and on the answer
 * ({@link io.accordgraph.error.RequestErrorCodes}, the statement count, the metrics). Hooks that run at every field
 * stay no-ops: a chain of instrumentations costs at every field of every answer, which on a deep page is a sixth of
 * the request.
 */
@ApplicationScoped
public class RequestInstrumentation {

    GraphQL.Builder install(@Observes GraphQL.Builder builder, Instance<Instrumentation> ours,
            Instance<OperationCheck> checks) {
        return builder.instrumentation(new PerRequest(builder.build().getInstrumentation(), ours.stream().toList(),
                checks.stream().toList()));
    }

    private static final class PerRequest extends SimplePerformantInstrumentation {

        private final Instrumentation smallrye;
        private final List<Instrumentation> ours;
        private final List<OperationCheck> checks;

        PerRequest(Instrumentation smallrye, List<Instrumentation> ours, List<OperationCheck> checks) {
            this.smallrye = smallrye;
            this.ours = ours;
            this.checks = checks;
        }

        @Override
        public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters p) {
            return smallrye.createStateAsync(p);
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters p,
                InstrumentationState state) {
            // Ours only take note here and when the operation starts (the metrics: their clock, the operation's
            // name); they act on the answer.
            ours.forEach(instrumentation -> instrumentation.beginExecution(p, null));
            return smallrye.beginExecution(p, state);
        }

        @Override
        public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters p,
                InstrumentationState state) {
            return smallrye.beginParse(p, state);
        }

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters p,
                InstrumentationState state) {
            return smallrye.beginValidation(p, state);
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters p, InstrumentationState state) {
            checks.forEach(check -> check.check(p.getExecutionContext()));
            ours.forEach(instrumentation -> instrumentation.beginExecuteOperation(p, null));
            return smallrye.beginExecuteOperation(p, state);
        }

        @Override
        public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters p,
                InstrumentationState state) {
            return smallrye.instrumentExecutionInput(input, p, state);
        }

        @Override
        public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables document,
                InstrumentationExecutionParameters p, InstrumentationState state) {
            return smallrye.instrumentDocumentAndVariables(document, p, state);
        }

        @Override
        public GraphQLSchema instrumentSchema(GraphQLSchema schema, InstrumentationExecutionParameters p,
                InstrumentationState state) {
            return smallrye.instrumentSchema(schema, p, state);
        }

        @Override
        public ExecutionContext instrumentExecutionContext(ExecutionContext context,
                InstrumentationExecutionParameters p, InstrumentationState state) {
            return smallrye.instrumentExecutionContext(context, p, state);
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters p, InstrumentationState state) {
            CompletableFuture<ExecutionResult> answer = smallrye.instrumentExecutionResult(result, p, state);
            for (Instrumentation instrumentation : ours) {
                answer = answer.thenCompose(r -> instrumentation.instrumentExecutionResult(r, p, null));
            }
            return answer;
        }
    }
}
