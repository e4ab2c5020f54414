package io.accordgraph.embedded;

import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** With quarkus.neo4j.uri set (here a neo4j:// routing URI), the application uses that server and never its own. */
@QuarkusTest
@TestProfile(ExternalServerProfile.class)
class ExternalNeo4jTest {

    @Inject
    EmbeddedNeo4j embedded;

    @ConfigProperty(name = "quarkus.neo4j.uri")
    String uri;

    @Test
    void theEmbeddedServerNeverStarts() {
        assertFalse(embedded.isRunning());
        assertFalse(Files.exists(ExternalServerProfile.UNUSED_DATA_DIR));
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
