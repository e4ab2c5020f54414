package io.accordgraph.live;

import static io.accordgraph.GraphQL.query;
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

import io.accordgraph.Editor;
import io.accordgraph.FreshGraphProfile;
import io.accordgraph.bundle.FactBundle;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(LargeImportEventsTest.Profile.class)
class LargeImportEventsTest {

    /** A database of its own: 10,000 more persons would push others' off the first page of `persons`. */
    public static class Profile extends FreshGraphProfile {
    }

    private static final String REPORT = "geneva-report-2026-02-17";
    private static final int SIZE = 10_000;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void aTenThousandEntityImportReachesASubscriberAsOneEventPerEntity() throws Exception {
        try (GraphQLSubscriber client = new GraphQLSubscriber(graphql)) {
            String id = client.subscribe("subscription { entityChanged(types: [PERSON]) { id } }");
            client.awaitSubscribed(() -> query("mutation { upsertPerson(input: {id: \"warm-up\", name: \"W\", "
                    + "sources: [\"" + REPORT + "\"]}) { id } }"));

            List<Map<String, Object>> entities = new ArrayList<>(SIZE);
            for (int i = 0; i < SIZE; i++) {
                entities.add(Map.of("type", "Person", "id", "bulk-person-" + i, "name", "Bulk person " + i,
                        "sources", List.of(REPORT)));
            }
            byte[] bundle = new ObjectMapper().writeValueAsBytes(Map.of("format", FactBundle.FORMAT,
                    "entities", entities));
            Editor.given().contentType(ContentType.JSON).body(bundle).when().post("/bundles").then().statusCode(200)
                    .body("nodesCreated", equalTo(SIZE));

            Set<String> ids = new HashSet<>();
            for (int i = 0; i < SIZE; i++) {
                ids.add(client.nextData(id, Duration.ofSeconds(20)).getJsonObject("entityChanged").getString("id"));
            }
            assertEquals(SIZE, ids.size());
            assertNull(client.poll(Duration.ofMillis(500)), "more events than entities");
        }
    }
}
