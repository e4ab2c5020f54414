package io.accordgraph.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.accordgraph.Editor;
import io.accordgraph.EmbeddedNeo4jTestResource;
import io.accordgraph.Snapshot;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;

/**
 * What real clients send reaches the API: the content types they spell JSON with, queries as GET (urql's default),
 * Apollo's automatic persisted queries over GET and POST; and the GET path keeps the rules of the POST one: a
 * mutation is refused, limits apply, answers say who may cache them.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedNeo4jTestResource.class)
class GraphQLOverHttpTest {

    private static final String STATES = "{ states { id } }";
    private static final String BY_ID = "query ById($id: ID!) { entity(id: $id) { id name } }";
    private static final String SPEC = "application/graphql-response+json";

    private static ValidatableResponse get(RequestSpecification request) {
        return request.when().get("/graphql").then();
    }

    @TestHTTPResource("/graphql")
    URI graphql;

    /**
     * The answer to a POST of this body with exactly this Content-Type header, as a browser sends it: rest-assured
     * would encode a form's body itself, or add a charset.
     */
    private JsonObject asSent(String contentType, int status, String body) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(graphql)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(status, answer.statusCode(), answer::body);
        return new JsonObject(answer.body());
    }

    private static String persisted(String query) {
        return "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + PersistedDocuments.hash(query) + "\"}}";
    }

    @Test
    void everySpellingOfJsonThatClientsSendIsTaken() throws Exception {
        for (String type : new String[] { "application/json, application/json", "Application/JSON",
                "application/json; charset=\"UTF-8\"", "application/json;charset=utf-8, application/json" }) {
            assertEquals(3, asSent(type, 200, "{\"query\": \"" + STATES + "\"}").getJsonObject("data")
                    .getJsonArray("states").size(), type);
        }
    }

    @Test
    void formsTextAndMultipartStayRefused() throws Exception {
        for (String type : new String[] { "application/x-www-form-urlencoded", "text/plain",
                "multipart/form-data; boundary=x", "application/json, text/plain", "application/json; charset=latin1" }) {
            assertEquals("UNSUPPORTED_MEDIA_TYPE", asSent(type, 415, "{\"query\": \"" + STATES + "\"}")
                    .getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"), type);
        }
    }

    @Test
    void aGetRunsAQueryWithItsVariablesAndOperationName() {
        get(given().queryParam("query", BY_ID + " query Other { states { id } }").queryParam("operationName", "ById")
                .queryParam("variables", "{\"id\": \"vladimir-medinsky\"}")).statusCode(200)
                .header("Content-Type", startsWith("application/json"))
                .body("data.entity.name", equalTo("Vladimir Medinsky"));
    }

    @Test
    void aMutationSentAsGetIs405AndWritesNothing() {
        String before = Snapshot.ofGraph();
        get(Editor.given().queryParam("query", "mutation { upsertIssue(input: {id: \"by-get\", name: \"By GET\", "
                + "sources: [\"geneva-report-2026-02-17\"]}) { id } }")).statusCode(405).header("Allow", "POST")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        assertEquals(before, Snapshot.ofGraph());
    }

    @Test
    void aSubscriptionOverPlainHttpIsRefusedWithItsCode() {
        String subscription = "subscription { factAdded { predicate } }";
        given().contentType("application/json").body(Map.of("query", subscription)).when().post("/graphql").then()
                .statusCode(400).body("errors[0].extensions.code", equalTo("WEBSOCKET_REQUIRED"));
        get(given().queryParam("query", subscription)).statusCode(400)
                .body("errors[0].extensions.code", equalTo("WEBSOCKET_REQUIRED"));
    }

    @Test
    void aDepthBombIsRefusedWithItsCodeAsGetAndAsAPersistedQuery() {
        String bomb = "{ delegations { " + "members { memberOf { ".repeat(25) + "name" + " } }".repeat(25) + " } }";
        get(given().queryParam("query", bomb)).time(lessThan(2_000L)).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
        get(given().queryParam("query", bomb).queryParam("extensions", persisted(bomb)))
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
        given().contentType("application/json").body(Map.of("extensions", Map.of("persistedQuery",
                Map.of("version", 1, "sha256Hash", PersistedDocuments.hash(bomb))))).when().post("/graphql").then()
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
    }

    @Test
    void aPersistedQueryIsAskedForOnceThenServedByItsHashOverGetAndPost() {
        String query = BY_ID + " # persisted";
        get(given().queryParam("extensions", persisted(query)).queryParam("variables", "{\"id\": \"russia\"}"))
                .statusCode(200).body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        get(given().queryParam("query", query).queryParam("extensions", persisted(query))
                .queryParam("variables", "{\"id\": \"russia\"}")).body("data.entity.name", equalTo("Russia"));

        get(given().queryParam("extensions", persisted(query)).queryParam("variables", "{\"id\": \"ukraine\"}"))
                .body("data.entity.name", equalTo("Ukraine"));
        given().contentType("application/json").body("{\"extensions\": " + persisted(query)
                + ", \"variables\": {\"id\": \"united-states\"}}").when().post("/graphql").then()
                .body("data.entity.name", equalTo("United States"));
    }

    @Test
    void aPersistedQueryWhoseDocumentIsNotItsHashIsRefused() {
        given().contentType("application/json").body("{\"query\": \"" + STATES + "\", \"extensions\": "
                + persisted("{ persons { id } }") + "}").when().post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_HASH_MISMATCH"));
    }

    @Test
    void aPersistedQueryOfAnotherProtocolVersionIsRefused() {
        given().contentType("application/json").body("{\"query\": \"" + STATES + "\", \"extensions\": "
                + persisted(STATES).replace("\"version\": 1", "\"version\": 2") + "}").when().post("/graphql").then()
                .statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void getAnswersAreNotCachedByDefaultAndNeverWithAToken() {
        get(given().queryParam("query", STATES)).statusCode(200).header("Cache-Control", "no-store")
                .header("Vary", "Accept, Authorization");
        get(Editor.given().queryParam("query", STATES)).statusCode(200).header("Cache-Control", "private, no-store");
    }

    @Test
    void anyOrNoAcceptHeaderIsAnsweredAsJson() {
        for (String accept : new String[] { "*/*", "" }) {
            given().header("Accept", accept).contentType("application/json").body(Map.of("query", STATES))
                    .when().post("/graphql").then().statusCode(200)
                    .header("Content-Type", startsWith("application/json"));
        }
    }

    @Test
    void aVariableThatCannotBeCoercedIs400InTheSpecsMediaTypeAnd200InJson() {
        Map<String, Object> request = new java.util.HashMap<>();
        request.put("query", "query CoerceFailure($id: ID!) { entity(id: $id) { id } }");
        request.put("variables", java.util.Collections.singletonMap("id", null));
        given().accept(SPEC).contentType("application/json").body(request).when().post("/graphql").then()
                .statusCode(400).header("Content-Type", startsWith(SPEC))
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        given().accept("application/json").contentType("application/json").body(request).when().post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    void aWholeNumberVariableIsAnInt() {
        given().contentType("application/json").body(Map.of("query",
                "query GoodInt($n: Int) { states(first: $n) { name } }", "variables", Map.of("n", 2)))
                .when().post("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.states", org.hamcrest.Matchers.hasSize(2));
    }

    @Test
    void aVariableOfTheWrongKindForAnIntIsRefusedAtItsArgument() {
        for (Object wrong : java.util.List.of("abc", 1.5, 1_000_000_000_000L, 2_147_483_648L)) {
            given().contentType("application/json").body(Map.of("query",
                    "query WrongInt($n: Int) { states(first: $n) { name } }", "variables", Map.of("n", wrong)))
                    .when().post("/graphql").then().statusCode(200)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("VALIDATION"))
                    .body("errors[0].extensions.problems[0].path", equalTo("first"))
                    .body("errors[0].message", startsWith("first: must be an Int"));
        }
    }

    @Test
    void extensionsThatAreNotAnObjectAre400() {
        given().contentType("application/json").body("{\"query\": \"" + STATES + "\", \"extensions\": \"x\"}")
                .when().post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        get(given().queryParam("query", STATES).queryParam("variables", "[1]")).statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }
}
