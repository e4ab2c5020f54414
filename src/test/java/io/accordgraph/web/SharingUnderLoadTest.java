package io.accordgraph.web;

import static io.accordgraph.GraphQL.post;
import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.accordgraph.Editor;
import io.accordgraph.FreshGraphProfile;
import io.accordgraph.Snapshot;
import io.accordgraph.graph.Admission;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

/**
 * Under load the server is shared: writes and heavy reads each wait for a slot of their own, at most
 * {@code accord.admission.max-wait}, and then are refused with BUSY before anything runs; lookups take no slot, so
 * they answer whatever the others do.
 */
@QuarkusTest
@TestProfile(SharingUnderLoadTest.OneSlotEach.class)
class SharingUnderLoadTest {

    public static class OneSlotEach extends FreshGraphProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.admission.write-slots", "1", "accord.admission.heavy-read-slots", "1",
                    "accord.admission.max-wait", "500ms");
        }
    }

    private static final String WRITE = "mutation { upsertIssue(input: {id: \"busy-issue\", name: \"Busy\", "
            + "sources: [\"geneva-report-2026-02-17\"]}) { id } }";
    private static final String HEAVY = "{ path(from: \"igor-kostyukov\", to: \"zaporizhzhia-nuclear-power-plant\", "
            + "maxHops: 6) { length } }";
    private static final String LOOKUP = "{ entity(id: \"vladimir-medinsky\") { name } }";

    @Inject
    Admission admission;

    @Test
    void aWriteThatFindsEverySlotTakenIsBusyAndWritesNothing() {
        String before = Snapshot.ofGraph();
        CompletableFuture<Object> held = new CompletableFuture<>();
        admission.writes().run(() -> held);
        try {
            post(WRITE).time(greaterThanOrEqualTo(500L)).time(lessThan(3_000L))
                    .body("errors[0].extensions.code", equalTo("BUSY"));
            Editor.given().contentType(ContentType.JSON).body("{\"format\": \"accord-graph/fact-bundle@1\", "
                    + "\"entities\": [{\"type\": \"Issue\", \"id\": \"busy-import\", \"name\": \"Busy import\", "
                    + "\"sources\": [\"geneva-report-2026-02-17\"]}]}").when().post("/bundles").then()
                    .statusCode(503).header("Retry-After", "2").body("code", equalTo("BUSY"));
            // Reads take no write slot.
            query(LOOKUP).body("data.entity.name", equalTo("Vladimir Medinsky"));
        } finally {
            held.complete(null);
        }
        assertEquals(before, Snapshot.ofGraph());
        query(WRITE).body("data.upsertIssue.id", equalTo("busy-issue"));
    }

    @Test
    void aHeavyReadWaitsForItsSlotWhileALookupAnswersAtOnce() {
        CompletableFuture<Object> held = new CompletableFuture<>();
        admission.heavyReads().run(() -> held);
        try {
            post(HEAVY).body("errors[0].extensions.code", equalTo("BUSY"));
            post(LOOKUP).time(lessThan(1_000L)).body("data.entity.name", equalTo("Vladimir Medinsky"));
        } finally {
            held.complete(null);
        }
        query(HEAVY).body("data.path[0].length", equalTo(2));
    }

    @TestHTTPResource("/graphql")
    URI graphql;

    /** Sixteen clients send heavy reads for four seconds, each again as soon as it is answered or refused. */
    @Test
    void lookupsAnswerWithinASecondDuringAFloodOfHeavyReads() throws Exception {
        // A client of its own, not rest-assured, whose static configuration makes concurrent callers wait in turn.
        HttpClient client = HttpClient.newHttpClient();
        ExecutorService flood = Executors.newFixedThreadPool(16);
        try {
            long until = System.nanoTime() + Duration.ofSeconds(4).toNanos();
            List<Future<Integer>> heavy = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                heavy.add(flood.submit(() -> {
                    int sent = 0;
                    while (System.nanoTime() < until) {
                        client.send(request(HEAVY), HttpResponse.BodyHandlers.ofString());
                        sent++;
                    }
                    return sent;
                }));
            }
            Thread.sleep(500);
            long slowest = 0;
            for (int i = 0; i < 10; i++) {
                long started = System.nanoTime();
                HttpResponse<String> answer = client.send(request(LOOKUP), HttpResponse.BodyHandlers.ofString());
                slowest = Math.max(slowest, (System.nanoTime() - started) / 1_000_000);
                assertTrue(answer.body().contains("\"name\":\"Vladimir Medinsky\""), answer.body());
            }
            int sent = 0;
            for (Future<Integer> f : heavy) {
                sent += f.get();
            }
            assertTrue(sent >= 16, "the flood sent " + sent + " heavy reads");
            assertTrue(slowest < 1_000, "the slowest lookup took " + slowest + " ms");
        } finally {
            flood.shutdownNow();
        }
    }

    private HttpRequest request(String query) {
        return HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("query", query).encode())).build();
    }
}
