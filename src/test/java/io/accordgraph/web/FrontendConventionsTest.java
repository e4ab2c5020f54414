package io.accordgraph.web;

import static io.accordgraph.GraphQL.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** What Relay, Apollo and urql assume of a server: a Node interface with node(id), and the spec's media type. */
@QuarkusTest
@QuarkusTestResource(EmbeddedNeo4jTestResource.class)
class FrontendConventionsTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Test
    void nodeRefetchesAnyKindByIdLikeEntity() {
        query("{ node(id: \"vladimir-medinsky\") { __typename id ... on Person { name heads { name } } } "
                + "missing: node(id: \"no-such-node\") { id } }")
                .body("data.node.__typename", equalTo("Person"))
                .body("data.node.id", equalTo("vladimir-medinsky"))
                .body("data.node.name", equalTo("Vladimir Medinsky"))
                .body("data.node.heads[0].name", equalTo("Russian delegation"))
                .body("data.missing", nullValue())
                .body("extensions.cypherStatements", equalTo(2));
    }

    @Test
    void everyKindAndTheEntityInterfaceImplementNode() {
        query("{ __type(name: \"Node\") { kind fields { name } possibleTypes { name } } }")
                .body("data.__type.kind", equalTo("INTERFACE"))
                .body("data.__type.fields.name", equalTo(List.of("id")))
                .body("data.__type.possibleTypes.name", hasItem("Person"))
                .body("data.__type.possibleTypes.name", hasItem("Source"))
                .body("data.__type.possibleTypes.size()", equalTo(10));
        query("{ __type(name: \"Entity\") { interfaces { name } } }")
                .body("data.__type.interfaces.name", hasItem("Node"));
    }

    private static ValidatableResponse postAccepting(String accept, String graphql) {
        return given().contentType(ContentType.JSON).accept(accept).body(Map.of("query", graphql))
                .when().post("/graphql").then();
    }

    @Test
    void aClientAcceptingTheSpecMediaTypeIsAnsweredInIt() {
        postAccepting(GRAPHQL_RESPONSE + ", application/json;q=0.9", "{ node(id: \"russia\") { id } }")
                .statusCode(200).contentType(startsWith(GRAPHQL_RESPONSE))
                .body("data.node.id", equalTo("russia"));
    }

    @Test
    void aSyntaxErrorInTheSpecMediaTypeIsABadRequestWithItsCodeAndLocation() {
        postAccepting(GRAPHQL_RESPONSE, "{ node(id: \"russia\") { id ")
                .statusCode(400).contentType(startsWith(GRAPHQL_RESPONSE))
                .body("data", nullValue())
                .body("errors.extensions.code", everyItem(equalTo("GRAPHQL_PARSE_FAILED")))
                .body("errors[0].locations[0].line", equalTo(1));
    }

    @Test
    void aPlainJsonClientStillGetsJsonAnd200ForASyntaxError() {
        postAccepting("application/json", "{ node(id: \"russia\") { id ")
                .statusCode(200).contentType(startsWith("application/json"))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
    }
}
