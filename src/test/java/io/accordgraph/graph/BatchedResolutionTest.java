package io.accordgraph.graph;

import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.accordgraph.embedded.ExternalServerProfile;
import io.accordgraph.embedded.ExternalNeo4jTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Nested fields cost one database query per field and level, never one per parent row. Each query the server
 * runs is one transaction, counted on a server the test owns.
 */
@QuarkusTest
@TestProfile(ExternalServerProfile.class)
class BatchedResolutionTest {

    private static long databaseQueriesFor(String graphql, String rows, int rowCount) {
        long before = ExternalNeo4jTestResource.startedTransactions();
        query(graphql).body(rows, hasSize(rowCount));
        return ExternalNeo4jTestResource.startedTransactions() - before;
    }

    @Test
    void eightPersonsWithRolesAndSourcesCostThreeQueries() {
        // persons; roles of all eight at once; sources of all eight at once
        assertEquals(3, databaseQueriesFor("{ persons { name roles { title } sources { id } } }",
                "data.persons", 8));
    }

    @Test
    void aDeepTreeCostsOneQueryPerFieldAndLevelNotPerRow() {
        // talks; delegations; members; their roles; issues; positions; holders
        assertEquals(7, databaseQueriesFor("{ talks { delegations { members { roles { title } } } "
                + "issues { positions { holder { name } } } } }", "data.talks[0].delegations.members.flatten()", 4));
    }

    @Test
    void aConnectionCountsOnlyWhenTotalCountIsSelected() {
        String page = "{ personsConnection(first: 2) { %s edges { node { id } } } }";
        assertEquals(1, databaseQueriesFor(page.formatted(""), "data.personsConnection.edges", 2));
        assertEquals(2, databaseQueriesFor(page.formatted("totalCount"), "data.personsConnection.edges", 2));
    }

    @Test
    void relationshipListsWithArgumentsStayOneQueryForAllParents() {
        // delegations; the filtered, cut members of both at once
        assertEquals(2, databaseQueriesFor("{ delegations { members(where: {name: {contains: \"o\"}}, first: 1, "
                + "asOf: \"2026-02-17\") { id } } }", "data.delegations", 2));
    }
}
