package io.accordgraph.read;

import static io.accordgraph.GraphQL.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.accordgraph.DeepQuery;
import io.accordgraph.FreshGraphProfile;
import io.accordgraph.QueryPlans;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * On a generated graph large enough for the planner to weigh its options (200 states, 1,000 delegations, 5,000
 * persons, 300 talks, imported through POST /bundles): every question is still one statement per root field, lookups
 * by id seek the uniqueness constraint's index, and a first page ordered by name, id or date reads a range index in
 * order and stops after the page, with no sort of the label.
 */
@QuarkusTest
@TestProfile(GeneratedGraphTest.Profile.class)
class GeneratedGraphTest {

    /** A database of its own, so that the generated nodes stay out of the seed's counts. */
    public static class Profile extends FreshGraphProfile {
    }

    private static final int STATES = 200;
    private static final int DELEGATIONS = 1_000;
    private static final int PERSONS = 5_000;
    private static final int TALKS = 300;
    private static final List<String> SORTS = List.of("Sort", "PartialSort", "Top", "PartialTop");

    private static boolean generated;

    @Inject
    QueryPlans plans;

    @BeforeEach
    void generateOnce() {
        if (!generated) {
            given().contentType(ContentType.JSON).body(bundle()).when().post("/bundles").then().statusCode(200);
            generated = true;
        }
    }

    private static Map<String, Object> bundle() {
        List<String> cite = List.of("generated-report");
        List<Map<String, Object>> entities = new ArrayList<>();
        List<Map<String, Object>> relationships = new ArrayList<>();
        for (int i = 0; i < STATES; i++) {
            entities.add(Map.of("type", "State", "id", "state-" + i, "name", "State " + i, "sources", cite));
        }
        for (int i = 0; i < DELEGATIONS; i++) {
            entities.add(Map.of("type", "Delegation", "id", "delegation-" + i, "name", "Delegation " + i,
                    "sources", cite));
            relationships.add(link("REPRESENTS", "delegation-" + i, "state-" + (i % STATES)));
            relationships.add(link("PARTICIPATES_IN", "delegation-" + i, "talks-" + (i % TALKS)));
        }
        for (int i = 0; i < PERSONS; i++) {
            entities.add(Map.of("type", "Person", "id", "person-" + i, "name", "Person " + i, "sources", cite));
            relationships.add(link("MEMBER_OF", "person-" + i, "delegation-" + (i % DELEGATIONS)));
            if (i < DELEGATIONS) {
                relationships.add(link("HEADS", "person-" + i, "delegation-" + i));
            }
        }
        for (int i = 0; i < TALKS; i++) {
            entities.add(Map.of("type", "Talks", "id", "talks-" + i, "name", "Talks " + i, "sources", cite,
                    "properties", Map.of("startDate", "20" + (10 + i % 16) + "-0" + (1 + i % 9) + "-1" + i % 9)));
        }
        return Map.of("format", "accord-graph/fact-bundle@1",
                "sources", List.of(Map.of("id", "generated-report", "name", "Generated report")),
                "entities", entities, "relationships", relationships);
    }

    private static Map<String, Object> link(String type, String from, String to) {
        return Map.of("type", type, "from", from, "to", to, "sources", List.of("generated-report"));
    }

    /** The rows of the root list come from an index, in order: no sort of the label (nested lists sort their own). */
    private List<String> rowsInIndexOrder(String graphql) {
        List<String> operators = plans.rowPlan(graphql);
        for (String sort : SORTS) {
            assertThat(graphql, operators, not(hasItem(startsWith(sort + "@"))));
        }
        assertThat(graphql, operators, hasItem(startsWith("Limit")));
        return operators;
    }

    @Test
    void theDeepQueryIsOneStatementPerRootFieldHereToo() {
        query(DeepQuery.QUERY, DeepQuery.variables("state-7"))
                .body("extensions.cypherStatements", equalTo(3))
                .body("data.first[0].delegations", hasSize(5));
        query("{ states(first: 20) { name delegations { name members(first: 20) { name memberOf { name } } } } }")
                .body("extensions.cypherStatements", equalTo(1))
                .body("data.states", hasSize(20));
    }

    @Test
    void aFirstPageByNameIdOrDateReadsAnIndexInOrderAndStops() {
        for (String page : List.of("{ persons(first: 100) { id name } }",
                "{ persons(first: 100, orderBy: [{field: NAME, direction: DESC}]) { id } }",
                "{ delegations(first: 10, orderBy: [{field: ID}]) { id } }",
                "{ talks(first: 10, orderBy: [{field: DATE, direction: DESC}]) { id } }",
                "{ statesConnection(first: 10) { edges { node { name delegations { name } } } } }")) {
            assertThat(page, rowsInIndexOrder(page), hasItem(startsWith("NodeIndexScan")));
        }
    }

    @Test
    void aPageAfterACursorSeeksTheIndexFromThere() {
        String cursor = query("{ personsConnection(first: 10) { pageInfo { endCursor } } }").extract()
                .path("data.personsConnection.pageInfo.endCursor");
        String page = "{ personsConnection(first: 10, after: \"" + cursor + "\") { edges { node { id } } } }";
        assertThat(rowsInIndexOrder(page), hasItem(startsWith("NodeIndexSeek")));
    }

    @Test
    void lookupsByIdSeekTheUniqueIndex() {
        for (String lookup : List.of("{ delegations(where: {id: {eq: \"delegation-7\"}}) { id name state { name } "
                + "head { name } members { name } } }", "{ entity(id: \"person-42\") { id facts { predicate } } }")) {
            List<String> operators = plans.plan(lookup);
            assertThat(lookup, operators, hasItem(startsWith("NodeUniqueIndexSeek")));
            assertThat(lookup, operators, not(hasItem(startsWith("NodeByLabelScan"))));
            assertThat(lookup, operators, not(hasItem(startsWith("AllNodesScan"))));
        }
    }
}
