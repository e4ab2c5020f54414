package io.accordgraph.embedded;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;

class BoltPortInUseTest {

    @Test
    void aTakenPortGivesAMessageNamingTheSettingToChange() throws Exception {
        Path home = EmbeddedNeo4jTestResource.newTempDir("accord-port-test");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            BoltPortInUseException error = assertThrows(BoltPortInUseException.class,
                    () -> EmbeddedNeo4jServer.start(home, taken.getLocalPort(), "32m", Duration.ofSeconds(1), "unused-password"));
            assertThat(error.getMessage(), containsString("Port " + taken.getLocalPort()));
            assertThat(error.getMessage(), containsString("accord.neo4j.embedded.bolt-port"));
            assertThat(error.getMessage(), containsString("ACCORD_NEO4J_EMBEDDED_BOLT_PORT"));
        } finally {
            EmbeddedNeo4jTestResource.deleteTree(home);
        }
    }
}
