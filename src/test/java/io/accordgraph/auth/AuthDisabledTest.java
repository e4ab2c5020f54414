package io.accordgraph.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.accordgraph.FreshGraphProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * With {@code accord.auth.enabled=false}, for local experiments, anyone writes without a token, and what they write
 * is recorded as anonymous.
 */
@QuarkusTest
@TestProfile(AuthDisabledTest.AuthDisabled.class)
class AuthDisabledTest {

    public static class AuthDisabled extends FreshGraphProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.auth.enabled", "false");
        }
    }

    private static ValidatableResponse graphql(String query) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql").then()
                .statusCode(200);
    }

    @Test
    void aMutationWithoutATokenIsWrittenAndRecordedAsAnonymous() {
        graphql("mutation { upsertPerson(input: {id: \"open-envoy\", name: \"Open Envoy\", "
                + "sources: [\"geneva-report-2026-02-17\"]}) { id } }").body("errors", nullValue());
        graphql("mutation { link(input: {type: MEMBER_OF, from: \"open-envoy\", to: \"ukrainian-delegation\", "
                + "sources: [\"geneva-report-2026-02-17\"]}) { predicate } }").body("errors", nullValue());

        graphql("{ entity(id: \"open-envoy\") { name facts { predicate object { id } recordedBy } } }")
                .body("data.entity.name", equalTo("Open Envoy"))
                .body("data.entity.facts.find { it.predicate == 'MEMBER_OF' }.object.id",
                        equalTo("ukrainian-delegation"))
                .body("data.entity.facts.find { it.predicate == 'MEMBER_OF' }.recordedBy", equalTo("anonymous"));
    }

    @Test
    void anImportWithoutATokenIsAccepted() {
        given().contentType(ContentType.JSON).body("""
                {"format": "accord-graph/fact-bundle@1",
                 "entities": [{"type": "Person", "id": "open-importer", "name": "Open Importer",
                               "sources": ["geneva-report-2026-02-17"]}]}
                """).when().post("/bundles").then().statusCode(200);

        graphql("{ entity(id: \"open-importer\") { name } }").body("data.entity.name", equalTo("Open Importer"));
    }
}
