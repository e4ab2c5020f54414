package io.accordgraph;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Posts GraphQL documents to the running application, as a frontend of its editor would: with the editor token. */
public final class GraphQL {

    private GraphQL() {
    }

    /** Posts the query and checks the HTTP exchange succeeded; the caller checks data and errors. */
    public static ValidatableResponse post(String query) {
        return Editor.given().contentType(ContentType.JSON).body(Map.of("query", query))
                .when().post("/graphql")
                .then().statusCode(200);
    }

    /** Posts the query with its variables and checks the HTTP exchange succeeded. */
    public static ValidatableResponse post(String query, Map<String, Object> variables) {
        return Editor.given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then().statusCode(200);
    }

    /** The GPath of the element of a root list whose id is {@code id}, e.g. {@code byId("states", "russia")}. */
    public static String byId(String rootList, String id) {
        return "data." + rootList + ".find { it.id == '" + id + "' }";
    }

    /** Posts the query and checks it answered without errors. */
    public static ValidatableResponse query(String query) {
        return post(query).body("errors", org.hamcrest.Matchers.nullValue());
    }

    /** Posts the query with its variables and checks it answered without errors. */
    public static ValidatableResponse query(String query, Map<String, Object> variables) {
        return post(query, variables).body("errors", org.hamcrest.Matchers.nullValue());
    }
}
