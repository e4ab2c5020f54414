package io.accordgraph.read;

import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.accordgraph.DeepQuery;
import io.accordgraph.embedded.ExternalNeo4jTestResource;
import io.accordgraph.embedded.ExternalServerProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * However deep a question goes, it costs one Cypher statement per root field, all in one read transaction: the
 * server's own count ({@code extensions.cypherStatements}) and the transactions the database saw, on a server the
 * test owns.
 */
@QuarkusTest
@TestProfile(ExternalServerProfile.class)
class OneStatementPerRootFieldTest {

    private static ValidatableResponse countedQuery(String graphql, Map<String, Object> variables,
            int statements) {
        long before = ExternalNeo4jTestResource.startedTransactions();
        ValidatableResponse response = query(graphql, variables).body("extensions.cypherStatements",
                equalTo(statements));
        assertEquals(1, ExternalNeo4jTestResource.startedTransactions() - before, "one read transaction");
        return response;
    }

    @Test
    void aFiveLevelQueryWithFragmentsAliasesAndArgumentsIsOneStatementPerRootField() {
        countedQuery(DeepQuery.QUERY, DeepQuery.variables("russia"), 3)
                .body("data.first[0].name", equalTo("Russia"))
                .body("data.first[0].delegations[0].allMembers.id", contains("igor-kostyukov", "vladimir-medinsky"))
                .body("data.first[0].delegations[0].firstMembers.id", contains("vladimir-medinsky"))
                .body("data.first[0].delegations[0].firstMembers[0].sources.id", contains("geneva-report-2026-02-17"))
                .body("data.first[0].delegations[0].firstMembers[0].aliases", nullValue())
                .body("data.first[0].delegations[0].firstMembers[0].memberOf[0].head.roles[0].state.name",
                        equalTo("Russia"))
                .body("data.second.id", contains("united-states"))
                .body("data.entity.__typename", equalTo("Person"))
                .body("data.entity.heads.name", contains("Russian delegation"))
                .body("data.entity.delegations", nullValue())
                .body("data.entity.facts", hasSize(3));
    }

    @Test
    void eightPersonsWithRolesAndSourcesAreOneStatement() {
        countedQuery("{ persons { name roles { title } sources { id } } }", Map.of(), 1)
                .body("data.persons", hasSize(8));
    }

    @Test
    void aConnectionWithItsTotalIsOneStatement() {
        countedQuery("{ personsConnection(first: 2) { totalCount edges { cursor node { id memberOf { name } } } "
                + "pageInfo { hasNextPage endCursor } } }", Map.of(), 1)
                .body("data.personsConnection.totalCount", equalTo(8))
                .body("data.personsConnection.pageInfo.endCursor", notNullValue());
    }

    @Test
    void searchPathsAndFactsAreOneStatementEach() {
        countedQuery("{ search(text: \"medinsky\") { entity { id facts { predicate sources { id } } } } "
                + "path(from: \"igor-kostyukov\", to: \"zaporizhzhia-nuclear-power-plant\") { length "
                + "facts { subject { name } predicate object { name } sources { name } } } }", Map.of(), 2)
                .body("data.path[0].length", equalTo(2));
    }

    @Test
    void statsAndDataProblemsAreOneStatementEach() {
        countedQuery("{ stats { labels { name count } relationshipTypes { name } } dataProblems { owner count } }",
                Map.of(), 2)
                .body("data.stats.labels[0].name", equalTo("Entity"))
                .body("data.dataProblems", hasSize(0));
    }
}
