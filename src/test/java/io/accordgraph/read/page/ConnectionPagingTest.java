package io.accordgraph.read.page;

import static io.accordgraph.GraphQL.post;
import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.accordgraph.GraphWrites;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Relay connections: keyset cursors that neither skip nor repeat while the list is written to. */
@QuarkusTest
@QuarkusTestResource(EmbeddedNeo4jTestResource.class)
class ConnectionPagingTest {

    private static final String PAGE = "{ personsConnection(first: 3%s%s) { totalCount "
            + "edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }";

    @Inject
    Driver driver;

    @AfterEach
    void removeInsertedPersons() {
        GraphWrites.write(driver, "MATCH (n:Person) WHERE n.id STARTS WITH 'paging-test-' DETACH DELETE n",
                Map.of());
    }

    private void insertPerson(String id, String name) {
        GraphWrites.write(driver, "CREATE (:Person:Entity {id: $id, name: $name, aliases: []})",
                Map.of("id", id, "name", name));
    }

    private static JsonPath page(String after, String orderBy) {
        return query(PAGE.formatted(after == null ? "" : ", after: \"" + after + "\"",
                orderBy == null ? "" : ", orderBy: " + orderBy)).extract().jsonPath();
    }

    @Test
    void pagingThroughPersonsWhileInsertingNeitherSkipsNorRepeats() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        int pages = 0;
        while (more) {
            JsonPath page = page(cursor, null);
            List<String> ids = page.getList("data.personsConnection.edges.node.id");
            seen.addAll(ids);
            more = page.getBoolean("data.personsConnection.pageInfo.hasNextPage");
            cursor = page.getString("data.personsConnection.pageInfo.endCursor");
            if (pages == 0) {
                // Between pages: one person before the cursor (never to be seen), one after it (to be seen).
                insertPerson("paging-test-early", "Aaron Early");
                insertPerson("paging-test-late", "Zed Late");
            }
            pages++;
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no person is repeated: " + seen);
        Set<String> expected =
                new HashSet<>(query("{ persons { id } }").extract().jsonPath().getList("data.persons.id"));
        expected.remove("paging-test-early");
        assertEquals(expected, new HashSet<>(seen), "every person after the cursor is seen once");
        assertTrue(seen.contains("paging-test-late"));
        assertFalse(seen.contains("paging-test-early"));
        assertEquals(3, pages, "the seed's 8 persons and the one inserted after the cursor, by 3");
    }

    @Test
    void pagesFollowTheRequestedOrderAndTheCursorRemembersIt() {
        String orderBy = "[{field: NAME, direction: DESC}]";
        JsonPath first = page(null, orderBy);
        assertEquals(List.of("Zelensky", "Vladimir Putin", "Vladimir Medinsky"),
                first.getList("data.personsConnection.edges.node.name"));
        JsonPath second = page(first.getString("data.personsConnection.pageInfo.endCursor"), orderBy);
        assertEquals(List.of("Rustem Umerov", "Kyrylo Budanov", "Kirill Dmitriev"),
                second.getList("data.personsConnection.edges.node.name"));
        post(PAGE.formatted(", after: \"" + first.getString("data.personsConnection.pageInfo.endCursor") + "\"", ""))
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        post(PAGE.formatted(", after: \"not-a-cursor\"", "")).body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    void totalCountCountsAllMatchesNotThePage() {
        query("{ personsConnection(first: 1, where: {memberOf: {some: {}}}) { totalCount edges { node { id } } "
                + "pageInfo { hasNextPage } } }")
                .body("data.personsConnection.totalCount", equalTo(4))
                .body("data.personsConnection.edges.size()", equalTo(1))
                .body("data.personsConnection.pageInfo.hasNextPage", equalTo(true));
        query("{ statesConnection { totalCount pageInfo { hasNextPage endCursor } } }")
                .body("data.statesConnection.totalCount", equalTo(3))
                .body("data.statesConnection.pageInfo.hasNextPage", equalTo(false));
    }
}
