package io.accordgraph.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.TransactionContext;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.accordgraph.graph.GraphReader;
import io.accordgraph.graph.GraphWriter;
import io.accordgraph.graph.Problem;
import io.accordgraph.graph.RejectedException;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.live.ChangeEvents;

/** Reads fact bundles and writes them to the graph: all of a bundle or, if any fact is wrong, none of it. */
@ApplicationScoped
public class BundleLoader {

    private static final String KINDS_OF = "MATCH (n:" + EntityType.ENTITY_LABEL + ") WHERE n.id IN $ids "
            + "RETURN {id: n.id, type: [l IN labels(n) WHERE l IN $kinds][0]}";

    private final GraphWriter writer;
    private final GraphReader graph;
    private final ObjectReader reader;
    private final ChangeEvents events;

    BundleLoader(GraphWriter writer, GraphReader graph, ObjectMapper mapper, ChangeEvents events) {
        this.writer = writer;
        this.graph = graph;
        this.events = events;
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
            throw RejectedException.of(Problem.invalid(jsonPath(e.getPath()), mappingMessage(e)));
        } catch (JsonParseException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw RejectedException.of(Problem.invalid("bundle", "cannot read the bundle: " + e.getMessage()));
        }
    }

    private static RejectedException notJson(JsonParseException e) {
        String message = e.getOriginalMessage().replaceAll(" \\(start marker at .*", "");
        return RejectedException.of(Problem.invalid("bundle", "not valid JSON at line " + e.getLocation().getLineNr()
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
     * Validates the whole bundle, then writes it in one transaction; {@code recordedBy} names the writer on each new
     * claim.
     *
     * @throws RejectedException listing every problem, in which case nothing was written
     */
    public LoadResult load(FactBundle bundle, String recordedBy) {
        PreparedBundle prepared = new BundleValidator(this::kindsOf).validate(bundle);
        LoadResult result = writer.inTransaction(tx -> BundleWriter.write(tx, prepared, recordedBy));
        events.published(prepared.changes());
        return result;
    }

    /**
     * As {@link #load(FactBundle)}, with work that runs first in the same transaction once the bundle is valid (such
     * as removing the facts that the bundle's replace), and an answer read in it after the write.
     */
    public <T> T load(FactBundle bundle, String recordedBy, Consumer<TransactionContext> first,
            Function<TransactionContext, T> answer) {
        PreparedBundle prepared = new BundleValidator(this::kindsOf).validate(bundle);
        T answered = writer.inTransaction(tx -> {
            first.accept(tx);
            BundleWriter.write(tx, prepared, recordedBy);
            return answer.apply(tx);
        });
        events.published(prepared.changes());
        return answered;
    }

    private Map<String, EntityType> kindsOf(Collection<String> ids) {
        return graph.list(KINDS_OF, Map.of("ids", List.copyOf(ids), "kinds", EntityType.labels()), node -> node)
                .stream().collect(Collectors.toMap(node -> node.get("id").asString(),
                        node -> EntityType.ofLabel(node.get("type").asString()).orElseThrow()));
    }
}
