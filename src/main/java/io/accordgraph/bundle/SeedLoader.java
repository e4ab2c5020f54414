package io.accordgraph.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.neo4j.driver.Value;

import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.GraphReader;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the shipped bundles once. A bundle counts as loaded when the graph holds all of its sources, so facts a
 * user later edits or deletes are not brought back by a restart.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    private static final String COUNT_SOURCES = "MATCH (s:Source) WHERE s.id IN $ids RETURN count(s)";

    private final SeedConfig config;
    private final BundleLoader loader;
    private final GraphReader graph;

    SeedLoader(SeedConfig config, BundleLoader loader, GraphReader graph) {
        this.config = config;
        this.loader = loader;
        this.graph = graph;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            config.resources().forEach(this::loadIfMissing);
        }
    }

    void loadIfMissing(String resource) {
        FactBundle bundle = bundle(resource);
        List<String> ids = bundle.sources().stream().map(FactBundle.SourceEntry::id).toList();
        long present = graph.single(COUNT_SOURCES, Map.of("ids", ids), Value::asLong);
        if (present == ids.size()) {
            LOG.debugf("Seed %s already loaded", resource);
            return;
        }
        LoadResult result = loader.load(bundle, Claim.SEED);
        LOG.infof("Seed %s loaded: %d nodes and %d relationships created", resource, result.nodesCreated(),
                result.relationshipsCreated());
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
