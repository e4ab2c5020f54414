package io.accordgraph.web;

import static io.accordgraph.GraphQL.post;
import static io.accordgraph.GraphQL.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import graphql.introspection.IntrospectionQuery;
import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * One request cannot take the server down: too deep, too wide, too many aliases, too many rows or too large, it is
 * refused whole within milliseconds with its own code, and the server answers the next request as before.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedNeo4jTestResource.class)
class RequestLimitsTest {

    private static void refused(String graphql, String code) {
        post(graphql).time(lessThan(2_000L)).body("data", nullValue()).body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo(code));
        query("{ states { id } }").body("data.states", hasSize(3));
    }

    /** {@code levels} times: members of the delegations of ..., whose answer doubles every two levels. */
    private static String nested(int levels) {
        return "{ delegations { " + "members { memberOf { ".repeat(levels) + "name" + " } }".repeat(levels) + " } }";
    }

    @Test
    void aQueryFiftyLevelsDeepIsRefusedAtOnce() {
        refused(nested(25), "QUERY_TOO_DEEP");
        refused(nested(100), "QUERY_TOO_DEEP");
    }

    @Test
    void aQueryWhoseListsCouldHoldMillionsOfObjectsIsRefused() {
        refused("{ states { delegations { members { memberOf { members { memberOf { name } } } } } } }",
                "QUERY_TOO_COMPLEX");
        // The same question with small pages is fine.
        query("{ states(first: 2) { delegations(first: 2) { members(first: 2) { memberOf(first: 2) { members(first: 2) "
                + "{ memberOf(first: 2) { name } } } } } } }").body("data.states", hasSize(2));
    }

    @Test
    void aliasAndFragmentBombsAreRefused() {
        refused("{ " + IntStream.range(0, 1000).mapToObj(i -> "a" + i + ": delegations { members { memberOf { name } } }")
                .collect(Collectors.joining(" ")) + " }", "QUERY_TOO_LARGE");
        refused("{ " + IntStream.range(0, 31).mapToObj(i -> "a" + i + ": states { id }")
                .collect(Collectors.joining(" ")) + " }", "TOO_MANY_ALIASES");
        StringBuilder bomb = new StringBuilder("{ persons { ...F0 } } ");
        for (int i = 0; i < 20; i++) {
            bomb.append("fragment F").append(i).append(" on Person { a").append(i).append(": memberOf { members { ...F")
                    .append(i + 1).append(" } } b").append(i).append(": memberOf { members { ...F").append(i + 1)
                    .append(" } } } ");
        }
        bomb.append("fragment F20 on Person { name }");
        refused(bomb.toString(), "QUERY_TOO_DEEP");
    }

    @Test
    void theIntrospectionQueryOfConsolesIsNotALimitHit() {
        query(IntrospectionQuery.INTROSPECTION_QUERY).body("data.__schema.queryType.name", equalTo("Query"));
    }

    @Test
    void aDocumentPastTheParsersTokenLimitIsRefused() {
        post("{ states { " + "id ".repeat(6000) + "} }").body("errors[0].extensions.code", equalTo("QUERY_TOO_LARGE"));
    }

    @Test
    void aSyntaxErrorSaysWhereWithACode() {
        post("{ states { id ").body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].locations[0].line", equalTo(1)).body("errors[0].message", containsString("EOF"));
    }

    private static ValidatableResponse raw(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/graphql").then();
    }

    @Test
    void aBodyThatIsNotOneOperationIsABadRequest() {
        raw("[{\"query\": \"{ states { id } }\"}]").statusCode(400).body("errors[0].extensions.code",
                equalTo("BAD_REQUEST"));
        raw("{\"query\": \"{ states { id } }\", \"variables\": [1, 2]}").statusCode(400)
                .body("errors[0].message", containsString("variables"));
        raw("{\"query\": 42}").statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        raw("not json").statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        query("{ states { id } }").body("data.states", hasSize(3));
    }

    @Test
    void aBodyLargerThanTheGraphqlLimitIsRefusedWithoutBeingRead() {
        String large = "{\"query\": \"{ states { id } }\", \"variables\": {\"x\": \"" + "a".repeat(2_000_000) + "\"}}";
        raw(large).statusCode(413).body("errors[0].extensions.code", equalTo("REQUEST_TOO_LARGE"));
    }

    @Test
    void anObjectIsNotAnId() {
        post("query($id: ID!) { entity(id: $id) { id } }", Map.of("id", Map.of("$gt", "")))
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("an ID must be a string"));
        query("query($id: ID!) { entity(id: $id) { id } }", Map.of("id", "russia")).body("data.entity.id",
                notNullValue());
    }
}
