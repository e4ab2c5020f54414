package io.accordgraph.metrics;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.accordgraph.error.RequestErrorCodes;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Counts and times every GraphQL request by operation name ({@code accord_graphql_requests_seconds}, with
 * {@code outcome} ok or error) and counts its errors by {@code extensions.code} ({@code accord_graphql_errors_total}),
 * including the requests refused before GraphQL reads them. Served at {@code /q/metrics}.
 */
@ApplicationScoped
public class GraphQLMetrics extends SimplePerformantInstrumentation {

    /** Operation names come from clients: past this many distinct ones, the rest share one series. */
    static final int MAX_OPERATIONS = 200;
    static final String ANONYMOUS = "anonymous";
    static final String OTHER = "other";
    /** The operation tag of a request refused before it was parsed. */
    static final String UNREAD = "unread";

    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,99}");
    /** The name of a document's first operation, for requests refused before graphql-java picks the operation. */
    private static final Pattern FIRST_OPERATION = Pattern.compile(
            "^\\s*(?:query|mutation|subscription)\\s+([_A-Za-z][_0-9A-Za-z]*)");
    private static final Object STARTED = new Object();
    private static final Object OPERATION = new Object();

    @Inject
    MeterRegistry registry;
    private final Set<String> operations = ConcurrentHashMap.newKeySet();

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        parameters.getGraphQLContext().put(STARTED, System.nanoTime());
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        String name = parameters.getExecutionContext().getOperationDefinition().getName();
        if (name != null) {
            parameters.getExecutionContext().getGraphQLContext().put(OPERATION, name);
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        String operation = operation(nameOf(parameters));
        Long started = parameters.getGraphQLContext().get(STARTED);
        if (started != null) {
            Timer.builder("accord.graphql.requests").description("GraphQL requests, by operation name")
                    .tag("operation", operation).tag("outcome", result.getErrors().isEmpty() ? "ok" : "error")
                    .register(registry).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
        for (GraphQLError error : result.getErrors()) {
            error(operation, RequestErrorCodes.codeOf(error));
        }
        return CompletableFuture.completedFuture(result);
    }

    /** A request refused before GraphQL read it, with the code of its answer. */
    public void refused(String code) {
        error(UNREAD, code);
    }

    private void error(String operation, String code) {
        registry.counter("accord.graphql.errors", "operation", operation, "code", code).increment();
    }

    /** The operation's name: as graphql-java chose it, else as the client gave it, else the document's first. */
    private static String nameOf(InstrumentationExecutionParameters parameters) {
        String chosen = parameters.getGraphQLContext().get(OPERATION);
        if (chosen != null) {
            return chosen;
        }
        if (parameters.getOperation() != null) {
            return parameters.getOperation();
        }
        Matcher first = FIRST_OPERATION.matcher(parameters.getQuery() == null ? "" : parameters.getQuery());
        return first.find() ? first.group(1) : null;
    }

    /** The operation's name as a tag: a valid GraphQL name, one of at most {@link #MAX_OPERATIONS}. */
    private String operation(String name) {
        if (name == null || name.isEmpty()) {
            return ANONYMOUS;
        }
        if (!NAME.matcher(name).matches()) {
            return OTHER;
        }
        if (operations.contains(name) || operations.size() < MAX_OPERATIONS && operations.add(name)) {
            return name;
        }
        return OTHER;
    }
}
