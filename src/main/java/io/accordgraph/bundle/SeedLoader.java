package io.accordgraph.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.driver.Value;

import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.neo4j.GraphReader;
import io.accordgraph.neo4j.GraphSchema;
import io.accordgraph.neo4j.Statement;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the shipped bundles once. A bundle counts as loaded when the graph holds all of its sources, so facts a
 * user later edits or deletes are not brought back by a restart.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    private static final String COUNT_SOURCES = countSources();

    // The search index takes in writes within a second (GraphSchema); this bounds the wait when it lags far behind.
    private static final Duration SEARCHABLE_WAIT = Duration.ofSeconds(30);

    @Inject
    SeedConfig config;
    @Inject
    BundleLoader loader;
    @Inject
    GraphReader graph;
    @Inject
    GraphSchema schema;

    private static String countSources() {
        Node s = Cypher.node(EntityType.SOURCE.label()).named("s");
        return Statement.render(Cypher.match(s).where(s.property("id").in(Cypher.parameter("ids")))
                .returning(Cypher.count(s)).build());
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        boolean loaded = false;
        for (String resource : config.resources()) {
            loaded |= loadIfMissing(resource);
        }
        if (loaded && !schema.awaitSearchable(SEARCHABLE_WAIT)) {
            LOG.warnf("Search does not find all of the seed yet, %s after loading it", SEARCHABLE_WAIT);
        }
    }

    /** Loads the bundle unless the graph holds it; whether it did. */
    boolean loadIfMissing(String resource) {
        FactBundle bundle = bundle(resource);
        List<String> ids = bundle.sources().stream().map(FactBundle.SourceEntry::id).toList();
        long present = graph.single(COUNT_SOURCES, Map.of("ids", ids), Value::asLong);
        if (present == ids.size()) {
            LOG.debugf("Seed %s already loaded", resource);
            return false;
        }
        LoadResult result = loader.load(bundle, Claim.SEED);
        LOG.infof("Seed %s loaded: %d nodes and %d relationships created", resource, result.nodesCreated(),
                result.relationshipsCreated());
        return true;
    }

    /** The parsed seed bundle shipped at {@code resource}. */
    public FactBundle bundle(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed bundle " + resource + " is not on the classpath");
            }
            return loader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
