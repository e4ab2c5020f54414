package io.accordgraph.live;

import static io.accordgraph.GraphQL.post;
import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.accordgraph.FreshGraphProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

@QuarkusTest
@TestProfile(FreshGraphProfile.class)
class SubscriptionsTest {

    private static final String REPORT = "geneva-report-2026-02-17";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void aLinkReachesASubscriberOfItsSubjectWithItsDatesAndSources() throws Exception {
        query("mutation { upsertPerson(input: {id: \"sub-envoy\", name: \"Sub Envoy\", sources: [\"" + REPORT
                + "\"]}) { id } }");
        try (GraphQLSubscriber client = new GraphQLSubscriber(graphql)) {
            String id = client.subscribe("subscription { factAdded(subject: \"sub-envoy\") { "
                    + "subject { id name } predicate object { id ... on State { name } } since sources { id } } }");
            client.awaitSubscribed(() -> link("sub-envoy", "ukrainian-delegation", "MEMBER_OF"));
            query("mutation { link(input: {type: SERVES, from: \"sub-envoy\", to: \"russia\", title: \"Envoy\", "
                    + "since: \"2026-02-20\", sources: [\"" + REPORT + "\"]}) { predicate } }");

            JsonObject fact = client.nextData(id, WAIT).getJsonObject("factAdded");

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
            client.awaitSubscribed(() -> link("refused-envoy", "ukrainian-delegation", "MEMBER_OF"));

            // No source: refused before anything is written.
            post("mutation { link(input: {type: HEADS, from: \"refused-envoy\", to: \"russian-delegation\"}) "
                    + "{ predicate } }").body("errors[0].extensions.code", equalTo("VALIDATION"));
            // Unknown far end: refused once the graph has been read, before anything is written.
            post("mutation { link(input: {type: HEADS, from: \"refused-envoy\", to: \"no-such-delegation\", "
                    + "sources: [\"" + REPORT + "\"]}) { predicate } }")
                    .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
            query("mutation { link(input: {type: SERVES, from: \"refused-envoy\", to: \"russia\", title: \"Envoy\", "
                    + "sources: [\"" + REPORT + "\"]}) { predicate } }");

            JsonObject next = client.nextData(id, WAIT).getJsonObject("factAdded");
            assertEquals("SERVES", next.getString("predicate"));
            assertEquals("russia", next.getJsonObject("object").getString("id"));
        }
    }

    @Test
    void entityChangedSendsTheNodeAsWrittenAndOnlyOfTheKindsAskedFor() throws Exception {
        try (GraphQLSubscriber client = new GraphQLSubscriber(graphql)) {
            String id = client.subscribe("subscription { entityChanged(types: [ISSUE]) { __typename id name } }");
            client.awaitSubscribed(() -> upsertIssue("warm-up-issue", "Warm-up"));

            query("mutation { upsertPerson(input: {id: \"not-an-issue\", name: \"Not an issue\", sources: [\""
                    + REPORT + "\"]}) { id } }");
            upsertIssue("prisoner-exchange", "Prisoner exchange");

            JsonObject entity = client.nextData(id, WAIT).getJsonObject("entityChanged");
            assertEquals(Map.of("__typename", "Issue", "id", "prisoner-exchange", "name", "Prisoner exchange"),
                    entity.getMap());
        }
    }

    @Test
    void aSubscriptionThatDoesNotParseIsACodedErrorWithItsLocation() throws Exception {
        try (GraphQLSubscriber client = new GraphQLSubscriber(graphql)) {
            String id = client.subscribe("subscription { factAdded(");

            JsonObject message = client.next(WAIT);

            assertEquals("error", message.getString("type"), () -> "not an error: " + message);
            assertEquals(id, message.getString("id"));
            JsonObject error = message.getJsonArray("payload").getJsonObject(0);
            assertEquals("GRAPHQL_PARSE_FAILED", error.getJsonObject("extensions").getString("code"));
            assertEquals(26, error.getJsonArray("locations").getJsonObject(0).getInteger("column"));
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
}
