package io.accordgraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A Neo4j server outside the application, standing in for a user's own: the app only gets its URI. */
public class ExternalNeo4jTestResource implements QuarkusTestResourceLifecycleManager {

    private Path home;
    private EmbeddedNeo4jServer server;

    @Override
    public Map<String, String> start() {
        try {
            home = Files.createTempDirectory("accord-external-neo4j");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = EmbeddedNeo4jServer.start(home, 0, "32m");
        return Map.of("quarkus.neo4j.uri", server.boltUri());
    }

    @Override
    public void stop() {
        server.close();
        EmbeddedNeo4jTestResource.deleteTree(home);
    }
}
