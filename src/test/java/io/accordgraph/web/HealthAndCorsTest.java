package io.accordgraph.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class HealthAndCorsTest {

    @Test
    void readinessIncludesTheNeo4jConnection() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Neo4j connection health check"));
    }

    @Test
    void aFrontendOnAnotherOriginMayPostQueries() {
        given().header("Origin", "https://newsroom.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://newsroom.example"));
    }
}
