package io.accordgraph.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class HealthAndCorsTest {

    @Test
    void readinessIncludesTheNeo4jConnection() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Neo4j connection health check"));
    }

    private static ValidatableResponse preflight(String origin) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .when().options("/graphql")
                .then();
    }

    @Test
    void aFrontendInDevelopmentOnLocalhostMayPostWithAToken() {
        preflight("http://localhost:5173").statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
    }

    @Test
    void pagesOfOtherSitesMayNotPostUnlessTheirOriginIsConfigured() {
        preflight("https://attacker.example").statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
        preflight("http://localhost.attacker.example").statusCode(403);
    }
}
