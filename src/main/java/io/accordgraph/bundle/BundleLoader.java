package io.accordgraph.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.accordgraph.graph.Cypher;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;

/** Reads fact bundles and writes them to the graph: all of a bundle or, if any fact is wrong, none of it. */
@ApplicationScoped
public class BundleLoader {

    private static final String KINDS_OF = "MATCH (n:Entity) WHERE n.id IN $ids RETURN " + Cypher.node("n");

    private final Driver driver;
    private final GraphReader graph;
    private final ObjectReader reader;

    BundleLoader(Driver driver, GraphReader graph, ObjectMapper mapper) {
        this.driver = driver;
        this.graph = graph;
        // A misspelt field would otherwise drop a fact without a word.
        this.reader = mapper.readerFor(FactBundle.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Parses a bundle, naming the JSON path of the first thing that does not fit the format. */
    public FactBundle read(InputStream json) {
        try {
            return reader.readValue(json);
        } catch (JsonMappingException e) {
            throw new InvalidBundleException(List.of(jsonPath(e.getPath()) + ": " + e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new InvalidBundleException(List.of("not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidBundleException(List.of("cannot read the bundle: " + e.getMessage()));
        }
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
     * Validates the whole bundle, then writes it in one transaction.
     *
     * @throws InvalidBundleException listing every problem, in which case nothing was written
     */
    public LoadResult load(FactBundle bundle) {
        PreparedBundle prepared = new BundleValidator(this::kindsOf).validate(bundle);
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> BundleWriter.write(tx, prepared));
        }
    }

    private Map<String, EntityType> kindsOf(Collection<String> ids) {
        return graph.list(KINDS_OF, Map.of("ids", List.copyOf(ids)), node -> node).stream()
                .collect(Collectors.toMap(node -> node.get("id").asString(),
                        node -> EntityType.ofLabel(node.get("type").asString())));
    }
}
