package io.accordgraph.embedded;

import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import io.accordgraph.embedded.ExternalNeo4jTest.ExternalServerProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With quarkus.neo4j.uri set, the application uses that server and never starts its own. */
@QuarkusTest
@TestProfile(ExternalServerProfile.class)
class ExternalNeo4jTest {

    private static final Path UNUSED_DATA_DIR = Path.of("target", "external-test-embedded-data");

    public static class ExternalServerProfile implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.neo4j.embedded.data-dir", UNUSED_DATA_DIR.toString());
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ExternalNeo4jTestResource.class));
        }
    }

    @Inject
    EmbeddedNeo4j embedded;

    @ConfigProperty(name = "quarkus.neo4j.uri")
    String uri;

    @Test
    void theEmbeddedServerNeverStarts() {
        assertFalse(embedded.isRunning());
        assertFalse(Files.exists(UNUSED_DATA_DIR));
    }

    @Test
    void theApiServesTheExternalDatabaseWhichHoldsTheSeed() {
        query("{ delegations { head { name } } }")
                .body("data.delegations.head.name", contains("Vladimir Medinsky", "Rustem Umerov"));
        try (Driver external = GraphDatabase.driver(uri, AuthTokens.none())) {
            long delegations = external.executableQuery("MATCH (d:Delegation) RETURN count(d)").execute()
                    .records().get(0).get(0).asLong();
            assertEquals(2, delegations);
        }
    }
}
