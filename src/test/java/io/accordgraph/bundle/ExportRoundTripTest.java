package io.accordgraph.bundle;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.accordgraph.Editor;
import io.accordgraph.EmptyGraphProfile;
import io.accordgraph.Snapshot;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(EmptyGraphProfile.class)
class ExportRoundTripTest {

    @Inject
    Driver driver;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void emptyGraph() {
        // Batched deletes need an auto-commit transaction, which executableQuery does not give.
        try (Session session = driver.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    private static void postBundle(byte[] bundle) {
        Editor.given().contentType(ContentType.JSON).body(bundle).when().post("/bundles").then().statusCode(200);
    }

    @Test
    void exportImportIntoAnEmptyDatabaseAndExportAgainGivesTheSameBundle() throws IOException {
        try (InputStream seed = getClass().getClassLoader().getResourceAsStream("seed/geneva-talks-2026-02-17.json")) {
            postBundle(seed.readAllBytes());
        }
        String first = Snapshot.ofGraph();
        FactBundle exported = json.readValue(first, FactBundle.class);
        assertEquals(List.of(2, 30, 57), List.of(exported.sources().size(), exported.entities().size(),
                exported.relationships().size()));

        emptyGraph();
        postBundle(first.getBytes());

        assertEquals(first, Snapshot.ofGraph());
    }

    @Test
    void aBundleOfOneHundredThousandEntitiesIsImported() throws IOException {
        int size = 100_000;
        List<Map<String, Object>> entities = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            entities.add(Map.of("type", "Person", "id", "person-" + i, "name", "Person " + i,
                    "sources", List.of("bulk-report")));
        }
        byte[] bundle = json.writeValueAsBytes(Map.of("format", FactBundle.FORMAT,
                "sources", List.of(Map.of("id", "bulk-report", "name", "Bulk report")), "entities", entities));

        Editor.given().contentType(ContentType.JSON).body(bundle).when().post("/bundles").then().statusCode(200)
                .body("nodesCreated", equalTo(size + 1));

        long stored = driver.executableQuery("MATCH (p:Person) RETURN count(p)").execute().records().get(0).get(0)
                .asLong();
        assertEquals(size, stored);
    }
}
