package io.accordgraph.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import io.accordgraph.Editor;
import io.accordgraph.FreshGraphProfile;
import io.accordgraph.GraphWrites;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * An import whose facts link to a node that another client deletes at the same moment: the import is refused (the
 * delete came first) or written whole (the delete waits for it), never reported as done with facts left out. The
 * order is not left to timing: the test holds a transaction open and waits until Neo4j reports the other one
 * blocked on it.
 */
@QuarkusTest
@TestProfile(FreshGraphProfile.class)
class ImportRaceTest {

    private static final int MEMBERS = 50;
    private static final String DELETE = "MATCH (d:Entity {id: $id}) DETACH DELETE d";

    @Inject
    Driver driver;

    // Threads of its own: the common pool may have one thread on a 2-core machine, and the delete would wait for
    // the import it is meant to race.
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void anImportWhoseEndpointIsDeletedFirstIsRefusedAndWritesNothing() {
        String delegation = "deleted-first";
        createDelegationAndReport(delegation);
        try (Session session = driver.session(); Transaction delete = session.beginTransaction()) {
            delete.run(DELETE, Map.of("id", delegation)).consume();
            CompletableFuture<Response> imported = importAsync(delegation);
            awaitBlocked(1);
            delete.commit();

            Response response = imported.join();
            assertEquals(404, response.statusCode(), response.asString());
            assertEquals("NOT_FOUND", response.jsonPath().getString("code"));
        }
        assertEquals(0, count("MATCH (p:Person) WHERE p.id STARTS WITH $prefix RETURN count(p)", delegation));
    }

    @Test
    void aDeleteDuringAnImportWaitsForItAndTheImportIsWrittenWhole() {
        String delegation = "deleted-during";
        createDelegationAndReport(delegation);
        CompletableFuture<Void> deletion;
        try (Session session = driver.session(); Transaction holder = session.beginTransaction()) {
            // The import locks the nodes it cites in the order of their ids: the delegation, then the report, where
            // it waits until the holder is done.
            holder.run("MATCH (s:Source {id: $id}) SET s.held = true", Map.of("id", report(delegation))).consume();
            CompletableFuture<Response> imported = importAsync(delegation);
            awaitBlocked(1);
            deletion = CompletableFuture.runAsync(() -> GraphWrites.write(driver, DELETE, Map.of("id", delegation)),
                    threads);
            awaitBlocked(2);
            holder.rollback();

            Response response = imported.join();
            assertEquals(200, response.statusCode(), response.asString());
            // Each member's node, REPORTED_BY and MEMBER_OF.
            assertEquals(MEMBERS, response.jsonPath().getInt("nodesCreated"));
            assertEquals(2 * MEMBERS, response.jsonPath().getInt("relationshipsCreated"));
        }
        deletion.join();
        assertEquals(MEMBERS, count("MATCH (p:Person) WHERE p.id STARTS WITH $prefix RETURN count(p)", delegation));
        assertEquals(0, count("MATCH (d:Delegation {id: $id}) RETURN count(d)", Map.of("id", delegation)));
        assertEquals(0, count("MATCH (p:Person)-[m:MEMBER_OF]->() WHERE p.id STARTS WITH $prefix RETURN count(m)",
                delegation));
    }

    /** The delegation that the import's members join, and the report that they cite, already in the graph. */
    private void createDelegationAndReport(String delegation) {
        GraphWrites.write(driver, "CREATE (:Delegation:Entity {id: $id, name: $id, nameKey: $id, aliases: []}) "
                + "CREATE (:Source:Entity {id: $report, name: $report, nameKey: $report, aliases: []})",
                Map.of("id", delegation, "report", report(delegation)));
    }

    private CompletableFuture<Response> importAsync(String delegation) {
        return CompletableFuture.supplyAsync(() -> Editor.given().contentType(ContentType.JSON)
                .body(bundle(delegation)).when().post("/bundles"), threads);
    }

    /** Waits until Neo4j reports this many transactions waiting for a lock. */
    private void awaitBlocked(int transactions) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count("SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*)", Map.of())
                < transactions) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + transactions + " blocked transaction(s) after 30 s");
            }
            Thread.onSpinWait();
        }
    }

    private static String member(String delegation, int i) {
        return delegation + "-member-" + i;
    }

    private static String report(String delegation) {
        return delegation + "-report";
    }

    private static String bundle(String delegation) {
        String source = report(delegation);
        StringBuilder entities = new StringBuilder();
        StringBuilder relationships = new StringBuilder();
        for (int i = 0; i < MEMBERS; i++) {
            String separator = i == 0 ? "" : ",";
            entities.append(separator).append("{\"type\": \"Person\", \"id\": \"").append(member(delegation, i))
                    .append("\", \"name\": \"Member ").append(i).append("\", \"sources\": [\"").append(source)
                    .append("\"]}");
            relationships.append(separator).append("{\"type\": \"MEMBER_OF\", \"from\": \"")
                    .append(member(delegation, i)).append("\", \"to\": \"").append(delegation)
                    .append("\", \"sources\": [\"").append(source).append("\"]}");
        }
        return "{\"format\": \"accord-graph/fact-bundle@1\", \"sources\": [], \"entities\": [" + entities
                + "], \"relationships\": [" + relationships + "]}";
    }

    private long count(String cypher, String prefix) {
        return count(cypher, Map.of("prefix", prefix + "-"));
    }

    private long count(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).execute().records().get(0).get(0).asLong();
    }
}
