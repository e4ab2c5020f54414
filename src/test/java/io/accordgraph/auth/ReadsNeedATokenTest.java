package io.accordgraph.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.accordgraph.FreshGraphProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** With {@code accord.auth.reads-need-token} on, queries and the export need a valid token, of any role. */
@QuarkusTest
@TestProfile(ReadsNeedATokenTest.ReadsNeedAToken.class)
public class ReadsNeedATokenTest {

    public static class ReadsNeedAToken extends FreshGraphProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.auth.reads-need-token", "true");
        }
    }

    private static void states(RequestSpecification request) {
        request.contentType(ContentType.JSON).body(Map.of("query", "{ states { id } }")).when().post("/graphql")
                .then().statusCode(200).body("errors", nullValue()).body("data.states", hasSize(3));
    }

    @Test
    void aQueryWithoutATokenIsUnauthenticated() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ states { id } }")).when().post("/graphql")
                .then().statusCode(200).body("data.states", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void theExportWithoutATokenIs401() {
        given().when().get("/bundles/export").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void anyValidTokenReads() {
        states(given().auth().oauth2(Tokens.withRoles("reader")));
        given().auth().oauth2(Tokens.withRoles()).when().get("/bundles/export").then().statusCode(200);
    }

    @Test
    void anExpiredTokenDoesNotRead() {
        given().auth().oauth2(Tokens.expired()).contentType(ContentType.JSON)
                .body(Map.of("query", "{ states { id } }")).when().post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }
}
