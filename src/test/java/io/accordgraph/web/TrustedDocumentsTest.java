package io.accordgraph.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.accordgraph.Editor;
import io.accordgraph.FreshGraphProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;

/**
 * A public deployment with {@code accord.graphql.trusted-documents}: only the listed documents run, by hash or as
 * text, and anything else only for the editor's token; public GET answers carry the configured max-age.
 */
@QuarkusTest
@TestProfile(TrustedDocumentsTest.Trusted.class)
class TrustedDocumentsTest {

    static final String TRUSTED = "query States { states { id name } }";

    public static class Trusted extends FreshGraphProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path file = Files.createTempFile("trusted-documents", ".json");
                Files.writeString(file, new JsonObject().put(PersistedDocuments.hash(TRUSTED), TRUSTED).encode());
                return Map.of("accord.graphql.trusted-documents", file.toString(), "accord.graphql.get-max-age", "60s");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static ValidatableResponse post(RequestSpecification request, Object body) {
        return request.contentType("application/json").body(body).when().post("/graphql").then();
    }

    private static Map<String, Object> byHash(String query) {
        return Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash",
                PersistedDocuments.hash(query))));
    }

    @Test
    void aTrustedDocumentRunsByItsHashOrAsText() {
        post(given(), byHash(TRUSTED)).statusCode(200).body("data.states", hasSize(3));
        post(given(), Map.of("query", TRUSTED)).statusCode(200).body("data.states", hasSize(3));
    }

    @Test
    void anyOtherDocumentIsRefusedWithoutTheEditorsToken() {
        post(given(), Map.of("query", "{ states { id } }")).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("DOCUMENT_NOT_TRUSTED"));
        post(given().auth().oauth2("not-a-token"), Map.of("query", "{ states { id } }"))
                .body("errors[0].extensions.code", equalTo("DOCUMENT_NOT_TRUSTED"));
        // Sent with its hash, an untrusted document is not kept for others either.
        String other = "{ persons { id } }";
        post(given(), Map.of("query", other, "extensions", byHash(other).get("extensions")))
                .body("errors[0].extensions.code", equalTo("DOCUMENT_NOT_TRUSTED"));
        post(given(), byHash(other)).body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
    }

    @Test
    void theEditorRunsAnyDocumentAsInGraphiQL() {
        post(Editor.given(), Map.of("query", "{ states { id } }")).statusCode(200).body("data.states", hasSize(3))
                .body("errors", nullValue());
    }

    @Test
    void aPublicGetAnswerMayBeCachedForTheConfiguredTimeAndATokensNever() {
        given().queryParam("query", TRUSTED).when().get("/graphql").then().statusCode(200)
                .header("Cache-Control", "public, max-age=60").header("Vary", "Accept, Authorization");
        Editor.given().queryParam("query", TRUSTED).when().get("/graphql").then().statusCode(200)
                .header("Cache-Control", "private, no-store");
        // An error is not an answer to keep.
        given().queryParam("query", "{ states { id } }").when().get("/graphql").then()
                .header("Cache-Control", nullValue());
    }
}
