package io.accordgraph.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

import io.accordgraph.Editor;
import io.accordgraph.FreshGraphProfile;
import io.accordgraph.Snapshot;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Reads are open, writes need a bearer token with the role editor: without one, with a bad one or without the role
 * a mutation or an import is refused with its code and writes nothing. The database behind the server takes no
 * connection without its password.
 */
@QuarkusTest
@TestProfile(FreshGraphProfile.class)
class WhoMayWriteTest {

    private static final String CREATE = """
            mutation { upsertIssue(input: {id: "grain-corridor", name: "Grain corridor",
              newSources: [{id: "grain-report", name: "Grain report"}]}) { id } }""";
    private static final String BUNDLE = """
            {"format": "accord-graph/fact-bundle@1", "sources": [{"id": "bundle-report", "name": "Bundle report"}]}""";

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static ValidatableResponse graphql(RequestSpecification request, String query) {
        return request.contentType(ContentType.JSON).body(Map.of("query", query)).when().post("/graphql").then()
                .statusCode(200);
    }

    /** Posts the mutation, checks every root field was refused with the code and the graph did not change. */
    private static void refused(RequestSpecification request, String code) {
        String before = Snapshot.ofGraph();
        graphql(request, CREATE).body("data.upsertIssue", nullValue())
                .body("errors", hasSize(1)).body("errors[0].extensions.code", equalTo(code));
        assertEquals(before, Snapshot.ofGraph());
    }

    @Test
    void aMutationWithoutATokenIsUnauthenticatedAndWritesNothing() {
        refused(given(), "UNAUTHENTICATED");
    }

    @Test
    void aTokenWithoutTheEditorRoleIsForbidden() {
        refused(as(Tokens.withRoles("reader")), "FORBIDDEN");
    }

    @Test
    void aForgedSignatureIsUnauthenticated() {
        refused(as(Tokens.forged()), "UNAUTHENTICATED");
    }

    @Test
    void aTamperedPayloadIsUnauthenticated() {
        refused(as(Tokens.tampered()), "UNAUTHENTICATED");
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        refused(as(Tokens.expired()), "UNAUTHENTICATED");
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsUnauthenticated() {
        refused(as(Tokens.unsigned()), "UNAUTHENTICATED");
    }

    @Test
    void anEditorTokenWritesEveryFieldOfAMutation() {
        graphql(Editor.given(), """
                mutation {
                  first: upsertIssue(input: {id: "ceasefire-lines", name: "Ceasefire lines",
                    newSources: [{id: "lines-report", name: "Lines report"}]}) { id }
                  second: upsertIssue(input: {id: "energy-truce", name: "Energy truce", sources: ["lines-report"]}) { id }
                }""").body("errors", nullValue())
                .body("data.first.id", equalTo("ceasefire-lines")).body("data.second.id", equalTo("energy-truce"));

        given().contentType(ContentType.JSON).body(Map.of("query", "{ a: entity(id: \"ceasefire-lines\") { id } "
                + "b: entity(id: \"energy-truce\") { id } }")).when().post("/graphql").then()
                .body("data.a.id", equalTo("ceasefire-lines")).body("data.b.id", equalTo("energy-truce"));
    }

    @Test
    void noFieldOfAMutationWithoutATokenWrites() {
        String before = Snapshot.ofGraph();
        graphql(given(), """
                mutation {
                  first: upsertIssue(input: {id: "refused-one", name: "One"}) { id }
                  second: upsertIssue(input: {id: "refused-two", name: "Two"}) { id }
                }""").body("data", nullValue()).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        assertEquals(before, Snapshot.ofGraph());
    }

    @Test
    void readsAndTheExportAreOpenWithoutAToken() {
        graphql(given(), "{ states { id } }").body("errors", nullValue()).body("data.states", hasSize(3));
        given().when().get("/bundles/export").then().statusCode(200).body("format", notNullValue());
    }

    @Test
    void aReadWithABrokenTokenIsUnauthenticatedRatherThanServedAsAnonymous() {
        graphql(as(Tokens.forged()), "{ states { id } }").body("data.states", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void anImportWithoutATokenIs401WithTheJsonErrorBody() {
        String before = Snapshot.ofGraph();
        given().contentType(ContentType.JSON).body(BUNDLE).when().post("/bundles").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer").body("code", equalTo("UNAUTHENTICATED"))
                .body("message", containsString("Nothing was written"));
        as(Tokens.expired()).contentType(ContentType.JSON).body(BUNDLE).when().post("/bundles").then()
                .statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        assertEquals(before, Snapshot.ofGraph());
    }

    @Test
    void anImportWithoutTheEditorRoleIs403WithTheJsonErrorBody() {
        String before = Snapshot.ofGraph();
        as(Tokens.withRoles("reader")).contentType(ContentType.JSON).body(BUNDLE).when().post("/bundles").then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        assertEquals(before, Snapshot.ofGraph());
    }

    @Test
    void writeEndpointsTakeJsonBodiesOnly() {
        Editor.given().contentType(ContentType.URLENC).body(BUNDLE).when().post("/bundles").then().statusCode(415)
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        Editor.given().contentType(ContentType.TEXT).body(Map.of("query", CREATE).toString()).when()
                .post("/graphql").then().statusCode(415)
                .body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        Editor.given().contentType("application/json; charset=utf-8").accept("application/graphql-response+json")
                .body(Map.of("query", "{ states { id } }")).when().post("/graphql").then().statusCode(200)
                .body("data.states", hasSize(3));
    }

    @Test
    void theEditorTokenFileHoldsOnlyTheTokenAndOnlyItsOwnerMayReadIt() throws IOException {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(Editor.tokenFile())));
        assertTrue(Files.readString(Editor.tokenFile()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+\\n?"));
    }

    @Test
    void theBoltPortRefusesConnectionsWithoutThePassword() {
        String uri = "bolt://127.0.0.1:"
                + ConfigProvider.getConfig().getValue("accord.neo4j.embedded.bolt-port", Integer.class);
        for (AuthToken auth : new AuthToken[] { AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"),
                AuthTokens.basic("neo4j", "wrong-password") }) {
            try (Driver driver = GraphDatabase.driver(uri, auth)) {
                assertThrows(AuthenticationException.class, driver::verifyConnectivity);
            }
        }
    }
}
