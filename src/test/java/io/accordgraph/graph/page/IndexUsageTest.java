package io.accordgraph.graph.page;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.accordgraph.Plans;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.filter.CypherParameters;
import io.accordgraph.graph.filter.IdFilter;
import io.accordgraph.graph.filter.TextFilter;
import io.accordgraph.graph.filter.Where;
import io.accordgraph.person.PersonWhere;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the planner does with the Cypher the filter translator writes, asked through EXPLAIN. Ids are found by the
 * uniqueness constraint's index; case-insensitive name filters by the text index on the label's lower-cased name.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedNeo4jTestResource.class)
class IndexUsageTest {

    @Inject
    Driver driver;

    private List<String> plan(PersonWhere where) {
        CypherParameters p = new CypherParameters();
        String cypher = NodeSet.of(EntityType.PERSON).match(Where.cypher(where, "n", p)) + "RETURN n.id";
        return Plans.operators(driver, cypher, p.values());
    }

    private static PersonWhere person(IdFilter id, TextFilter name) {
        return new PersonWhere(id, name, null, null, null, null, null, null, null);
    }

    @Test
    void anIdFilterIsAUniqueIndexSeek() {
        List<String> operators = plan(person(new IdFilter("igor-kostyukov", null), null));
        assertThat(operators, hasItem(startsWith("NodeUniqueIndexSeek")));
        assertThat(operators, not(hasItem(startsWith("NodeByLabelScan"))));
        assertThat(operators, not(hasItem(startsWith("AllNodesScan"))));
    }

    @Test
    void anIdListFilterIsAUniqueIndexSeekToo() {
        List<String> operators = plan(person(new IdFilter(null, List.of("igor-kostyukov", "zelensky")), null));
        assertThat(operators, hasItem(startsWith("NodeUniqueIndexSeek")));
        assertThat(operators, not(hasItem(startsWith("NodeByLabelScan"))));
    }

    @Test
    void nameFiltersUseTheTextIndexOnTheirLabelsNameKey() {
        for (TextFilter name : List.of(new TextFilter("Vladimir Putin", null, null, null),
                new TextFilter(null, null, null, "vlad"), new TextFilter(null, null, "dimir", null))) {
            List<String> operators = plan(person(null, name));
            assertThat(operators, hasItem(startsWith("NodeIndex")));
            assertThat(operators, not(hasItem(startsWith("NodeByLabelScan"))));
            assertThat(operators, not(hasItem(startsWith("AllNodesScan"))));
        }
    }
}
