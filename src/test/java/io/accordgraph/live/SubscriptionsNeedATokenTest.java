package io.accordgraph.live;

import static io.accordgraph.GraphQL.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.accordgraph.Editor;
import io.accordgraph.auth.ReadsNeedATokenTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;

/**
 * Where reads need a token, so does a subscription: without one it is refused; with one in the connection's first
 * message, where a browser puts it, it hears the writes.
 */
@QuarkusTest
@TestProfile(ReadsNeedATokenTest.ReadsNeedAToken.class)
class SubscriptionsNeedATokenTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SUBSCRIPTION = "subscription { entityChanged(id: \"token-envoy\") { id name } }";

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void aSubscriptionWithoutATokenIsRefusedUnauthenticated() throws Exception {
        try (GraphQLSubscriber subscriber = new GraphQLSubscriber(graphql)) {
            String id = subscriber.subscribe(SUBSCRIPTION);

            JsonObject message = subscriber.next(WAIT);

            assertEquals(id, message.getString("id"));
            assertEquals("error", message.getString("type"));
            assertEquals("UNAUTHENTICATED",
                    message.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code"));
        }
    }

    @Test
    void aSubscriptionWithATokenInItsConnectionParamsHearsTheWrites() throws Exception {
        try (GraphQLSubscriber subscriber = new GraphQLSubscriber(graphql,
                Map.of("Authorization", "Bearer " + Editor.token()))) {
            String id = subscriber.subscribe(SUBSCRIPTION);
            subscriber.awaitSubscribed(() -> upsert("Token Envoy"));
            upsert("Token Envoy, renamed");

            JsonObject changed = subscriber.nextData(id, WAIT).getJsonObject("entityChanged");

            assertEquals("Token Envoy, renamed", changed.getString("name"));
        }
    }

    private static void upsert(String name) {
        query("mutation { upsertPerson(input: {id: \"token-envoy\", name: \"" + name
                + "\", sources: [\"geneva-report-2026-02-17\"]}) { id } }");
    }
}
