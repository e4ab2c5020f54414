package io.accordgraph.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.driver.TransactionContext;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.accordgraph.error.CodedException;
import io.accordgraph.error.Problem;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.live.ChangeEvents;
import io.accordgraph.live.CommittedChanges;
import io.accordgraph.neo4j.Answer;
import io.accordgraph.neo4j.GraphWriter;
import io.accordgraph.neo4j.PlannerStatistics;
import io.accordgraph.neo4j.Statement;

/** Reads fact bundles and writes them to the graph: all of a bundle or, if any fact is wrong, none of it. */
@ApplicationScoped
public class BundleLoader {

    private static final String LOCKED_KINDS = Statement.render(BundleWriter.Guard.locked()
            .returning(Cypher.property("n", "id").as("id"), BundleWriter.Guard.kind().as("type")).build());

    private final GraphWriter writer;
    private final ObjectReader reader;
    private final ChangeEvents events;
    private final PlannerStatistics statistics;
    private final KnownKinds known;

    BundleLoader(GraphWriter writer, ObjectMapper mapper, ChangeEvents events, PlannerStatistics statistics,
            KnownKinds known) {
        this.writer = writer;
        this.events = events;
        this.statistics = statistics;
        this.known = known;
        // A misspelt field would otherwise drop a fact without a word.
        this.reader = mapper.readerFor(FactBundle.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Parses a bundle, naming the JSON path of the first thing that does not fit the format. */
    public FactBundle read(InputStream json) {
        try {
            return reader.readValue(json);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof JsonParseException broken) {
                throw notJson(broken);
            }
            throw CodedException.of(Problem.invalid(jsonPath(e.getPath()), mappingMessage(e)));
        } catch (JsonParseException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw CodedException.of(Problem.invalid("bundle", "cannot read the bundle: " + e.getMessage()));
        }
    }

    private static CodedException notJson(JsonParseException e) {
        String message = e.getOriginalMessage().replaceAll(" \\(start marker at .*", "");
        return CodedException.of(Problem.invalid("bundle", "not valid JSON at line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr() + ": " + message));
    }

    /** Jackson's message without its Java class names, which mean nothing to a bundle author. */
    private static String mappingMessage(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field; allowed: " + unknown.getKnownPropertyIds();
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() == LocalDate.class) {
            return "must be an ISO date such as 2026-02-17, not '" + format.getValue() + "'";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + expected(mismatch.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return type == LocalDate.class ? "an ISO date such as 2026-02-17" : "an object";
    }

    /** A Jackson location as the path a bundle author reads, e.g. {@code entities[3].name}. */
    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(step.getFieldName());
            } else {
                out.append('[').append(step.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "bundle" : out.toString();
    }

    /**
     * Validates the whole bundle and writes it, in one transaction; {@code recordedBy} names the writer on each
     * new claim. Subscribers hear of it once it has committed.
     *
     * @throws CodedException listing every problem, in which case nothing was written
     */
    public LoadResult load(FactBundle bundle, String recordedBy) {
        List<CommittedChanges> changes = new ArrayList<>();
        LoadResult result = writer.inTransaction(tx -> {
            // A retried attempt starts again.
            changes.clear();
            return write(tx, bundle, recordedBy, none -> { }, null, changes::add).result();
        });
        changes.forEach(this::published);
        return result;
    }

    /**
     * What {@link #load(FactBundle, String)} would do, told without writing: the bundle is validated and written in a
     * transaction that is rolled back, so the counts are those of the import, and the preview is read before the
     * write. Nothing is remembered of it and no subscriber hears of it.
     *
     * @throws CodedException listing every problem, as the import would
     */
    public LoadResult dryRun(FactBundle bundle, String recordedBy) {
        return writer.rolledBack(tx -> {
            PreparedBundle prepared = new BundleValidator(ids -> lockedKinds(tx, ids)).validate(bundle);
            BundlePreview preview = BundlePreview.of(tx, prepared);
            return BundleWriter.write(tx, prepared, recordedBy, null, null).orElseThrow().result().previewing(preview);
        });
    }

    /**
     * Small bundles to write in the caller's transaction, together where they can be ({@link BundleBatch}); what
     * they change goes to {@code changes}, for {@link #published} once that transaction has committed.
     */
    public BundleBatch batch(TransactionContext tx, String recordedBy, Consumer<CommittedChanges> changes) {
        return new BundleBatch(this, tx, recordedBy, changes);
    }

    KnownKinds known() {
        return known;
    }

    /**
     * As {@link #load(FactBundle, String)}, but in the caller's transaction: with work that runs in it once the bundle
     * is valid (such as removing the facts that the bundle's replace), and an answer read after the write, in its
     * last statement. What the bundle changed goes to {@code changes}.
     * <p>
     * Meant for small bundles, which are validated first against the kinds this server remembers of their ids
     * ({@link KnownKinds}), and written in one statement that checks those kinds: if it finds others, it writes
     * nothing and the bundle is validated and written again after a lookup.
     */
    Object load(TransactionContext tx, FactBundle bundle, String recordedBy, Consumer<TransactionContext> first,
            Answer answer, Consumer<CommittedChanges> changes) {
        KnownKinds.Assumption assumed = known.assume(Map.of());
        PreparedBundle prepared = validOrNull(bundle, assumed);
        if (prepared != null) {
            first.accept(tx);
            Optional<BundleWriter.Written> written = BundleWriter.write(tx, prepared, recordedBy, answer,
                    assumed.guard());
            if (written.isPresent()) {
                wrote(prepared, changes);
                return written.get().answer();
            }
        }
        // The first work has run when the guard failed; it removes what it would remove again, which is nothing.
        return write(tx, bundle, recordedBy, first, answer, changes).answer();
    }

    /** The bundle validated against an assumption, or null when refused: a lookup in the graph will tell why. */
    static PreparedBundle validOrNull(FactBundle bundle, KnownKinds.Assumption assumed) {
        try {
            return new BundleValidator(assumed).validate(bundle);
        } catch (CodedException refused) {
            return null;
        }
    }

    /** Validates the bundle against the graph, which it locks, and writes it. */
    BundleWriter.Written write(TransactionContext tx, FactBundle bundle, String recordedBy,
            Consumer<TransactionContext> first, Answer answer, Consumer<CommittedChanges> changes) {
        PreparedBundle prepared = new BundleValidator(ids -> lockedKinds(tx, ids)).validate(bundle);
        first.accept(tx);
        BundleWriter.Written written = BundleWriter.write(tx, prepared, recordedBy, answer, null).orElseThrow();
        wrote(prepared, changes);
        return written;
    }

    void wrote(PreparedBundle prepared, Consumer<CommittedChanges> changes) {
        known.written(prepared);
        changes.accept(prepared.changes());
    }

    /** Tells the subscribers what a committed write changed, and the planner when that was a lot. */
    public void published(CommittedChanges changes) {
        events.published(changes);
        statistics.written(changes.entities().size() + changes.facts().size());
    }

    /**
     * The kind of each id that is in the graph. Each of those nodes stays locked until the transaction ends, so no
     * one can delete or change it between the check and the write: the writer's MATCH of a link's end or a cited
     * source cannot come back empty and drop the fact.
     */
    public Map<String, EntityType> lockedKinds(TransactionContext tx, Collection<String> ids) {
        // In one order, so that two imports lock the nodes they share one after the other instead of deadlocking.
        List<String> sorted = ids.stream().sorted().distinct().toList();
        Map<String, EntityType> found = tx.run(LOCKED_KINDS, Map.of("ids", sorted, "kinds", EntityType.labels()))
                .stream().collect(Collectors.toMap(row -> row.get("id").asString(),
                        row -> EntityType.ofLabel(row.get("type").asString()).orElseThrow()));
        known.found(sorted, found);
        return found;
    }
}
