package io.accordgraph.embedded;

import java.nio.file.Path;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Starts the embedded Neo4j before anything talks to the database, unless the user pointed
 * {@code quarkus.neo4j.uri} at a server of their own.
 */
@ApplicationScoped
public class EmbeddedNeo4j {

    private static final Logger LOG = Logger.getLogger(EmbeddedNeo4j.class);
    static final String URI_KEY = "quarkus.neo4j.uri";
    /** The value application.properties gives; anything else was set by the user. */
    static final String EMBEDDED_URI_EXPRESSION = "bolt://127.0.0.1:${accord.neo4j.embedded.bolt-port}";

    private final EmbeddedNeo4jConfig settings;
    private final Config config;
    private final Driver driver;
    private EmbeddedNeo4jServer server;

    @Inject
    EmbeddedNeo4j(EmbeddedNeo4jConfig settings, Config config, Driver driver) {
        this.settings = settings;
        this.config = config;
        this.driver = driver;
    }

    // The HTTP port opens only after StartupEvent observers return, so no request can reach a missing database.
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        String uri = config.getConfigValue(URI_KEY).getValue();
        if (!EMBEDDED_URI_EXPRESSION.equals(config.getConfigValue(URI_KEY).getRawValue())) {
            LOG.infof("Neo4j: external server at %s (embedded server not started)", uri);
        } else if (!settings.enabled()) {
            LOG.infof("Neo4j: %s (embedded server disabled by accord.neo4j.embedded.enabled)", uri);
        } else {
            start();
        }
    }

    // The driver's pool closes first, so the server does not wait on its idle connections.
    void onStop(@Observes ShutdownEvent event) {
        if (isRunning()) {
            driver.close();
            stop();
        }
    }

    /** Starts the embedded server on the configured directory and port. */
    public synchronized void start() {
        Path home = dataDirectory();
        server = EmbeddedNeo4jServer.start(home, settings.boltPort(), settings.pageCache(), settings.searchRefresh(),
                config.getValue(EmbeddedNeo4jPassword.PASSWORD_KEY, String.class));
        LOG.infof("Neo4j: embedded server at %s, data in %s, password of user %s in %s", server.boltUri(), home,
                EmbeddedNeo4jServer.USER, Path.of(settings.passwordFile()).toAbsolutePath().normalize());
    }

    /** Stops the embedded server if it runs; its data stays on disk for the next start. */
    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public Path dataDirectory() {
        return Path.of(settings.dataDir()).toAbsolutePath().normalize();
    }
}
