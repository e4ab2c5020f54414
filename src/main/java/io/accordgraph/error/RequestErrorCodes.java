package io.accordgraph.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * Gives the errors that graphql-java raises before any resolver runs (a syntax error, an unknown enum value, a
 * malformed date, a missing argument) the same {@code extensions.code} as ours, so clients branch on one field.
 */
@ApplicationScoped
public class RequestErrorCodes extends SimplePerformantInstrumentation {

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream().map(RequestErrorCodes::withCode).toList();
        return CompletableFuture.completedFuture(result.transform(r -> r.errors(errors)));
    }

    private static GraphQLError withCode(GraphQLError error) {
        Map<String, Object> extensions = error.getExtensions() == null ? Map.of() : error.getExtensions();
        String code = codeOf(error.getErrorType());
        if (extensions.containsKey("code") || code == null) {
            return error;
        }
        Map<String, Object> coded = new LinkedHashMap<>(extensions);
        coded.put("code", code);
        return GraphqlErrorBuilder.newError().message(error.getMessage()).locations(error.getLocations())
                .path(error.getPath()).errorType(error.getErrorType()).extensions(coded).build();
    }

    /**
     * The {@code extensions.code} a client gets for this error: the one it carries, that of the
     * {@link CodedException} it was thrown for, or the one this class gives; {@code INTERNAL} for an unexpected
     * failure.
     */
    public static String codeOf(GraphQLError error) {
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (code != null) {
            return code.toString();
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            for (Throwable cause = fetching.getException(); cause != null; cause = cause.getCause()) {
                if (cause instanceof CodedException coded) {
                    return coded.code().name();
                }
            }
        }
        String byType = codeOf(error.getErrorType());
        return byType == null ? ErrorCode.INTERNAL.name() : byType;
    }

    private static String codeOf(ErrorClassification type) {
        if (type == ErrorType.InvalidSyntax) {
            return ErrorCode.INVALID_SYNTAX.name();
        }
        return type == ErrorType.ValidationError ? ErrorCode.VALIDATION.name() : null;
    }
}
