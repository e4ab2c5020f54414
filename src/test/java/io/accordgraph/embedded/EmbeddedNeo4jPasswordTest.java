package io.accordgraph.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import io.accordgraph.EmbeddedNeo4jTestResource;

/** The embedded server takes Bolt connections only with its password, also on data made before it had one. */
class EmbeddedNeo4jPasswordTest {

    private final Path home = EmbeddedNeo4jTestResource.newTempDir("accord-password-test");

    @AfterEach
    void deleteHome() {
        EmbeddedNeo4jTestResource.deleteTree(home);
    }

    @Test
    void aDataDirectoryFromBeforePasswordsStartsWithTheGeneratedOneAndKeepsItsData() {
        // What an older version left: a DBMS without authentication, whose user neo4j has the default password.
        var old = new DatabaseManagementServiceBuilder(home).setConfig(GraphDatabaseSettings.auth_enabled, false)
                .build();
        old.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("CREATE (:Marker)");
        old.shutdown();

        try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(home, 0, "32m", Duration.ofSeconds(1), "generated-secret")) {
            try (Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j",
                    "generated-secret"))) {
                assertEquals(1, driver.executableQuery("MATCH (m:Marker) RETURN count(m) AS n").execute().records()
                        .get(0).get("n").asInt());
            }
            try (Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
                assertThrows(AuthenticationException.class, driver::verifyConnectivity);
            }
        }
    }
}
