package io.accordgraph.embedded;

import static io.accordgraph.GraphQL.post;
import static io.accordgraph.GraphQL.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DatabaseOutageTest {

    @Inject
    EmbeddedNeo4j neo4j;

    @Test
    void duringAnOutageQueriesGetACodedErrorAndReadinessIsDownThenBothRecover() {
        neo4j.stop();
        try {
            post("{ states { name } }")
                    .body("errors[0].extensions.code", equalTo("DATABASE_UNAVAILABLE"))
                    .body("errors[0].message", containsString("cannot be reached"))
                    .body("errors[0].message", not(containsString("Exception")))
                    .body("errors[0].extensions.exception", org.hamcrest.Matchers.nullValue());
            given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        } finally {
            neo4j.start();
        }
        query("{ states { name } }").body("data.states", hasSize(3));
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
