package io.accordgraph.metrics;

import static io.accordgraph.GraphQL.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class MetricsTest {

    @Test
    void aNamedOperationIsCountedAndTimedUnderItsName() {
        double before = value("accord_graphql_requests_seconds_count{operation=\"MetricsStates\",outcome=\"ok\"}");
        post("query MetricsStates { states { name } }").body("errors", org.hamcrest.Matchers.nullValue());
        post("query MetricsStates { states { name } }");

        assertEquals(before + 2,
                value("accord_graphql_requests_seconds_count{operation=\"MetricsStates\",outcome=\"ok\"}"));
        assertTrue(value("accord_graphql_requests_seconds_sum{operation=\"MetricsStates\",outcome=\"ok\"}") > 0);
    }

    @Test
    void errorsAreCountedByTheirCode() {
        post("query MetricsBroken { states { noSuchField } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        post("query MetricsMissing { entity(id: \"no-such-id\") { id } }");
        given().contentType(ContentType.JSON).body("[{\"query\": \"{ states { name } }\"}]").post("/graphql")
                .then().statusCode(400);

        assertEquals(1, value("accord_graphql_errors_total{code=\"VALIDATION\",operation=\"MetricsBroken\"}"));
        assertEquals(1, value("accord_graphql_requests_seconds_count{operation=\"MetricsBroken\",outcome=\"error\"}"));
        assertTrue(value("accord_graphql_errors_total{code=\"BAD_REQUEST\",operation=\"unread\"}") >= 1);
    }

    @Test
    void theNeo4jConnectionPoolIsReported() {
        String metrics = scrape();
        assertTrue(Pattern.compile("(?m)^neo4j_\\w+").matcher(metrics).find(), "no neo4j_ series in /q/metrics");
    }

    /** The value of one series in /q/metrics, 0 when it is not there yet. */
    private static double value(String series) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape());
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    private static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
