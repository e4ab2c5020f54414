package io.accordgraph.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.TransactionContext;

import graphql.GraphQLContext;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.DataFetcher;
import io.accordgraph.bundle.BundleBatch;
import io.accordgraph.bundle.BundleLoader;
import io.accordgraph.graph.Admission;
import io.accordgraph.graphql.Writer;
import io.accordgraph.live.CommittedChanges;
import io.accordgraph.neo4j.CountedTransaction;
import io.accordgraph.neo4j.GraphWriter;
import io.accordgraph.read.Operations;
import io.accordgraph.read.StatementCount;

/**
 * Writes the root fields of a mutation document in order, in one transaction: the document is written whole or not
 * at all. The first field fetched takes one write slot and runs every field in that transaction, which the driver
 * retries whole on a transient failure such as a deadlock; each field then takes its answer. Upserts and links are
 * written together, one statement for the document, where they can ({@link BundleBatch}). When a field fails,
 * the fields before it are rolled back with it: the answer is that of any failed mutation, its error at that field
 * and {@code data} null (every mutation field is non-null).
 */
@ApplicationScoped
public class DocumentWrites {

    /** What a mutation field writes in the document's transaction, and its answer. */
    @FunctionalInterface
    public interface Work {
        Object run(ExecutableNormalizedField field, DocumentTransaction document);
    }

    @Inject
    GraphWriter writer;
    @Inject
    Admission admission;
    @Inject
    BundleLoader loader;

    /** The fetcher of every field in {@code works}, by field name: each answers from the document's one write. */
    public DataFetcher<Object> fetcher(Map<String, Work> works) {
        return env -> {
            // Taken before: the context is a ConcurrentHashMap, which refuses an update from inside computeIfAbsent.
            ExecutableNormalizedOperation operation = Operations.of(env);
            GraphQLContext context = env.getGraphQlContext();
            CompletionStage<Answers> answers = context.computeIfAbsent(Answers.class,
                    key -> admission.write(() -> writeAll(works, operation, context)));
            String resultKey = env.getField().getResultKey();
            return answers.thenApply(all -> all.of(resultKey));
        };
    }

    private Answers writeAll(Map<String, Work> works, ExecutableNormalizedOperation operation,
            GraphQLContext context) {
        Map<String, Object> values = new HashMap<>();
        List<CommittedChanges> changes = new ArrayList<>();
        String[] running = new String[1];
        // Every statement run, those of a retried attempt too: what the document cost.
        StatementCount count = StatementCount.of(context);
        try {
            writer.inTransaction(tx -> {
                // A retried attempt starts again from the first field.
                values.clear();
                changes.clear();
                TransactionContext counted = new CountedTransaction(tx, count::increment);
                BundleBatch batch = loader.batch(counted, Writer.of(context), changes::add);
                List<ExecutableNormalizedField> fields = operation.getTopLevelFields();
                for (int i = 0; i < fields.size(); i++) {
                    Work work = works.get(fields.get(i).getName());
                    if (work != null) {
                        running[0] = fields.get(i).getResultKey();
                        values.put(running[0], work.run(fields.get(i), new DocumentTransaction(counted, batch, i)));
                    }
                }
                batch.flush();
                running[0] = null;
                return null;
            });
        } catch (RuntimeException e) {
            return new Answers(answered(values), e, running[0] == null);
        }
        changes.forEach(loader::published);
        return new Answers(answered(values), null, false);
    }

    /**
     * The fields' answers, those of the fields written with the document's batch included: a field the batch was
     * refused at, or did not reach, has none.
     */
    private static Map<String, Object> answered(Map<String, Object> values) {
        Map<String, Object> answered = new HashMap<>();
        values.forEach((key, value) -> {
            if (!(value instanceof BundleBatch.Pending pending)) {
                answered.put(key, value);
            } else if (pending.answered()) {
                answered.put(key, pending.value());
            }
        });
        return answered;
    }

    /**
     * Each field's answer; or the failure of one field, which the fields after it share while those before it keep
     * answers no one sees (data is null); or a failure of the transaction itself ({@code everyField}), such as its
     * commit, which every field answers.
     */
    private record Answers(Map<String, Object> values, RuntimeException failure, boolean everyField) {

        Object of(String resultKey) {
            if (failure != null && (everyField || !values.containsKey(resultKey))) {
                throw failure;
            }
            return values.get(resultKey);
        }
    }
}
