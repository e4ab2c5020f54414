package io.accordgraph.live;

import static io.accordgraph.GraphQL.post;
import static io.accordgraph.GraphQL.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.accordgraph.FreshGraphProfile;
import io.accordgraph.bundle.FactBundle;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;

@QuarkusTest
@TestProfile(FreshGraphProfile.class)
class SubscriptionsTest {

    private static final String REPORT = "geneva-report-2026-02-17";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TestHTTPResource("/graphql")
    URI graphql;

    private static JsonObject data(JsonObject message, String id) {
        assertEquals("next", message.getString("type"), () -> "not an event: " + message);
        assertEquals(id, message.getString("id"));
        assertNull(message.getJsonObject("payload").getValue("errors"), () -> "errors: " + message);
        return message.getJsonObject("payload").getJsonObject("data");
    }

    @Test
    void aLinkReachesASubscriberOfItsSubjectWithItsDatesAndSources() throws Exception {
        query("mutation { upsertPerson(input: {id: \"sub-envoy\", name: \"Sub Envoy\", sources: [\"" + REPORT
                + "\"]}) { id } }");
        try (GraphQLSubscriber client = new GraphQLSubscriber(graphql)) {
            String id = client.subscribe("subscription { factAdded(subject: \"sub-envoy\") { "
                    + "subject { id name } predicate object { id ... on State { name } } since sources { id } } }");
            // Nothing tells a client when the server has registered it: a write is repeated until one arrives.
            JsonObject fact = data(awaitEvent(client, () -> query("mutation { link(input: {type: SERVES, "
                    + "from: \"sub-envoy\", to: \"russia\", title: \"Envoy\", since: \"2026-02-20\", sources: [\""
                    + REPORT + "\"]}) { predicate } }")), id).getJsonObject("factAdded");

            assertEquals("Sub Envoy", fact.getJsonObject("subject").getString("name"));
            assertEquals("SERVES", fact.getString("predicate"));
            assertEquals("Russia", fact.getJsonObject("object").getString("name"));
            assertEquals("2026-02-20", fact.getString("since"));
            assertEquals(REPORT, fact.getJsonArray("sources").getJsonObject(0).getString("id"));
        }
    }

    @Test
    void aRefusedWriteSendsNothingAndTheNextWriteIsTheFirstEvent() throws Exception {
        query("mutation { upsertPerson(input: {id: \"refused-envoy\", name: \"Refused Envoy\", sources: [\""
                + REPORT + "\"]}) { id } }");
        try (GraphQLSubscriber client = new GraphQLSubscriber(graphql)) {
            String id = client.subscribe("subscription { factAdded(subject: \"refused-envoy\") { predicate "
                    + "object { id } } }");
            awaitEvent(client, () -> link("refused-envoy", "ukrainian-delegation", "MEMBER_OF"));

            // No source: refused before anything is written.
            post("mutation { link(input: {type: HEADS, from: \"refused-envoy\", to: \"russian-delegation\"}) "
                    + "{ predicate } }").body("errors[0].extensions.code", equalTo("VALIDATION"));
            // Unknown far end: refused once the graph has been read, before anything is written.
            post("mutation { link(input: {type: HEADS, from: \"refused-envoy\", to: \"no-such-delegation\", "
                    + "sources: [\"" + REPORT + "\"]}) { predicate } }")
                    .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
            query("mutation { link(input: {type: SERVES, from: \"refused-envoy\", to: \"russia\", title: \"Envoy\", "
                    + "sources: [\"" + REPORT + "\"]}) { predicate } }");

            JsonObject next = data(client.next(WAIT), id).getJsonObject("factAdded");
            assertEquals("SERVES", next.getString("predicate"));
            assertEquals("russia", next.getJsonObject("object").getString("id"));
        }
    }

    @Test
    void entityChangedSendsTheNodeAsWrittenAndOnlyOfTheKindsAskedFor() throws Exception {
        try (GraphQLSubscriber client = new GraphQLSubscriber(graphql)) {
            String id = client.subscribe("subscription { entityChanged(types: [ISSUE]) { __typename id name } }");
            awaitEvent(client, () -> upsertIssue("warm-up-issue", "Warm-up"));

            query("mutation { upsertPerson(input: {id: \"not-an-issue\", name: \"Not an issue\", sources: [\""
                    + REPORT + "\"]}) { id } }");
            upsertIssue("prisoner-exchange", "Prisoner exchange");

            JsonObject entity = data(client.next(WAIT), id).getJsonObject("entityChanged");
            assertEquals(Map.of("__typename", "Issue", "id", "prisoner-exchange", "name", "Prisoner exchange"),
                    entity.getMap());
        }
    }

    @Test
    void aTenThousandEntityImportReachesASubscriberAsOneEventPerEntity() throws Exception {
        int size = 10_000;
        try (GraphQLSubscriber client = new GraphQLSubscriber(graphql)) {
            String id = client.subscribe("subscription { entityChanged(types: [PERSON]) { id } }");
            awaitEvent(client, () -> query("mutation { upsertPerson(input: {id: \"bulk-warm-up\", name: \"W\", "
                    + "sources: [\"" + REPORT + "\"]}) { id } }"));

            List<Map<String, Object>> entities = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                entities.add(Map.of("type", "Person", "id", "bulk-person-" + i, "name", "Bulk person " + i,
                        "sources", List.of(REPORT)));
            }
            byte[] bundle = new ObjectMapper().writeValueAsBytes(Map.of("format", FactBundle.FORMAT,
                    "entities", entities));
            given().contentType(ContentType.JSON).body(bundle).when().post("/bundles").then().statusCode(200)
                    .body("nodesCreated", equalTo(size));

            Set<String> ids = new HashSet<>();
            for (int i = 0; i < size; i++) {
                ids.add(data(client.next(WAIT), id).getJsonObject("entityChanged").getString("id"));
            }
            assertEquals(size, ids.size());
            assertNull(client.poll(Duration.ofMillis(500)), "more events than entities");
        }
    }

    private static void link(String from, String to, String type) {
        query("mutation { link(input: {type: " + type + ", from: \"" + from + "\", to: \"" + to + "\", sources: [\""
                + REPORT + "\"]}) { predicate } }");
    }

    private static void upsertIssue(String id, String name) {
        query("mutation { upsertIssue(input: {id: \"" + id + "\", name: \"" + name + "\", sources: [\"" + REPORT
                + "\"]}) { id } }");
    }

    /** Writes until the subscription answers, then gives its first event; later copies of it are drained. */
    private static JsonObject awaitEvent(GraphQLSubscriber client, Runnable write) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            write.run();
            JsonObject message = client.poll(Duration.ofMillis(200));
            if (message != null) {
                while (client.poll(Duration.ofMillis(300)) != null) {
                    // a repeated write's own event
                }
                return message;
            }
        }
        throw new AssertionError("the subscription never answered");
    }
}
