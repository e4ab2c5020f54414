package io.accordgraph.read.page;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.accordgraph.QueryPlans;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the planner does with the Cypher that filters compile to, asked through EXPLAIN. Ids are found by the
 * uniqueness constraint's index; case-insensitive name filters by an index on the label's lower-cased name.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedNeo4jTestResource.class)
class IndexUsageTest {

    @Inject
    QueryPlans plans;

    private List<String> plan(String where) {
        return plans.plan("{ persons(where: " + where + ") { id } }");
    }

    @Test
    void anIdFilterIsAUniqueIndexSeek() {
        List<String> operators = plan("{id: {eq: \"igor-kostyukov\"}}");
        assertThat(operators, hasItem(startsWith("NodeUniqueIndexSeek")));
        assertThat(operators, not(hasItem(startsWith("NodeByLabelScan"))));
        assertThat(operators, not(hasItem(startsWith("AllNodesScan"))));
    }

    @Test
    void anIdListFilterIsAUniqueIndexSeekToo() {
        List<String> operators = plan("{id: {in: [\"igor-kostyukov\", \"zelensky\"]}}");
        assertThat(operators, hasItem(startsWith("NodeUniqueIndexSeek")));
        assertThat(operators, not(hasItem(startsWith("NodeByLabelScan"))));
    }

    @Test
    void nameFiltersUseAnIndexOnTheirLabelsNameKey() {
        for (String name : List.of("{eq: \"Vladimir Putin\"}", "{startsWith: \"vlad\"}", "{contains: \"dimir\"}")) {
            List<String> operators = plan("{name: " + name + "}");
            assertThat(operators, hasItem(startsWith("NodeIndex")));
            assertThat(operators, not(hasItem(startsWith("NodeByLabelScan"))));
            assertThat(operators, not(hasItem(startsWith("AllNodesScan"))));
        }
    }
}
