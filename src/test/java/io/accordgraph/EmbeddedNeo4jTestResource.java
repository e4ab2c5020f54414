package io.accordgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives the application under test its own embedded Neo4j: a free Bolt port and a fresh data directory, so tests
 * never touch a developer's data or a server on 7687. The application starts the server itself, as in production,
 * and keeps its Neo4j password, signing key and editor token in the same directory.
 */
public class EmbeddedNeo4jTestResource implements QuarkusTestResourceLifecycleManager {

    private Path dataDir;

    @Override
    public Map<String, String> start() {
        dataDir = newTempDir("accord-neo4j-test");
        return Map.of("accord.neo4j.embedded.bolt-port", String.valueOf(freePort()),
                "accord.neo4j.embedded.data-dir", dataDir.resolve("neo4j").toString(),
                "accord.neo4j.embedded.password-file", dataDir.resolve("neo4j.password").toString(),
                "accord.auth.signing-key-file", dataDir.resolve("signing-key.pem").toString(),
                "accord.auth.editor-token-file", dataDir.resolve("editor.token").toString());
    }

    @Override
    public void stop() {
        deleteTree(dataDir);
    }

    public static Path newTempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
