package io.accordgraph.read;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.accordgraph.error.CodedException;
import io.accordgraph.graph.Admission;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.neo4j.GraphReader;
import io.accordgraph.neo4j.Statement;
import io.accordgraph.read.page.PageSize;

/**
 * Answers the root fields of a query. The first one fetched compiles every root field of the operation into one
 * statement each and runs them all in one read transaction, so that they see the same graph; each root field then
 * takes its answer, and the fields below it read their values from its rows. A root field whose arguments break a
 * rule answers its own error and leaves the others standing.
 */
@ApplicationScoped
public class RequestReads implements DataFetcher<Object> {

    private final Map<String, QueryField> fields;
    private final GraphReader reader;
    private final PageSize pageSize;
    private final Admission admission;
    private final StatementTexts texts = new StatementTexts();

    RequestReads(Instance<QueryFields> contributions, GraphReader reader, PageSize pageSize, Admission admission) {
        this.admission = admission;
        this.fields = contributions.stream().flatMap(c -> c.queryFields().stream())
                .collect(Collectors.toMap(f -> f.definition().getName(), Function.identity()));
        this.reader = reader;
        this.pageSize = pageSize;
    }

    /** The fields this class answers, for the schema to declare. */
    public List<QueryField> fields() {
        return List.copyOf(fields.values());
    }

    /** The root field's answer, once the request's one read transaction has ended. */
    @Override
    public Object get(DataFetchingEnvironment env) {
        // Taken before: the context is a ConcurrentHashMap, which refuses an update from inside computeIfAbsent.
        ExecutableNormalizedOperation operation = Operations.of(env);
        StatementCount count = StatementCount.of(env.getGraphQlContext());
        long cost = RequestLimits.cost(env.getGraphQlContext());
        CompletionStage<Answers> answers = env.getGraphQlContext().computeIfAbsent(Answers.class,
                key -> readAll(operation, count, cost));
        String resultKey = env.getField().getResultKey();
        return answers.thenApply(all -> {
            Object value = all.of(resultKey);
            return value instanceof Invalid invalid ? invalid.answer(env) : value;
        });
    }

    /** A compiler for one statement: its own parameters and names. */
    public Projector projector() {
        return new Projector(new CypherParameters(), pageSize);
    }

    /**
     * A compiler for the read that answers the mutation {@code field}, the {@code position}th of its document, whose
     * text is rendered once for each selection, position and {@code decidedBy}: what of the mutation's input the
     * compiler writes into the text. Its parameters are named by the position, so that the answers of a document's
     * fields can share its write's statement.
     */
    public Projector answering(ExecutableNormalizedField field, int position, String decidedBy) {
        String prefix = "f" + position + "_";
        CypherParameters parameters = new CypherParameters(prefix);
        return new Projector(parameters, pageSize, null,
                tree -> texts.ofAnswer(prefix + decidedBy, field, tree, parameters.values()));
    }

    /**
     * The statement that answers a root field of the Query type.
     *
     * @throws CodedException when an argument breaks a rule
     */
    public Statement compile(ExecutableNormalizedField root) {
        CypherParameters parameters = new CypherParameters();
        Projector projector = new Projector(parameters, pageSize, null,
                tree -> texts.of(root, tree, parameters.values()));
        return fields.get(root.getName()).compile(root, projector.within(root));
    }

    private CompletionStage<Answers> readAll(ExecutableNormalizedOperation operation, StatementCount count,
            long cost) {
        Map<String, Statement> statements = new LinkedHashMap<>();
        Map<String, RuntimeException> failures = new HashMap<>();
        boolean heavy = admission.heavy(cost);
        for (ExecutableNormalizedField root : operation.getTopLevelFields()) {
            if (fields.containsKey(root.getName())) {
                heavy |= fields.get(root.getName()).heavy(root);
                try {
                    statements.put(root.getResultKey(), compile(root));
                } catch (CodedException e) {
                    failures.put(root.getResultKey(), e);
                }
            }
        }
        count.add(statements.size());
        if (statements.isEmpty()) {
            return CompletableFuture.completedFuture(new Answers(Map.of(), failures, null));
        }
        return admitted(heavy, () -> reader.readAll(statements)).handle((values, error) -> error == null
                ? new Answers(values, failures, null)
                : new Answers(Map.of(), failures, unwrapped(error)));
    }

    /** A heavy read waits for a slot of its kind, and gives it back when its transaction ends; others start at once. */
    private <T> CompletionStage<T> admitted(boolean heavy, Supplier<CompletionStage<T>> read) {
        return heavy ? admission.heavyReads().run(read) : read.get();
    }

    private static RuntimeException unwrapped(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
    }

    /** Each root field's answer or error; a failure of the transaction is every field's. */
    private record Answers(Map<String, Object> values, Map<String, RuntimeException> failures,
            RuntimeException failure) {

        Object of(String resultKey) {
            RuntimeException refused = failures.get(resultKey);
            if (refused != null) {
                throw refused;
            }
            if (failure != null) {
                throw failure;
            }
            Object value = values.get(resultKey);
            if (value instanceof CodedException answerRefused) {
                throw answerRefused;
            }
            return value;
        }
    }
}
