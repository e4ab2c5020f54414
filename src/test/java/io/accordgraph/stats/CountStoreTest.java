package io.accordgraph.stats;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.accordgraph.Plans;
import io.accordgraph.QueryPlans;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** {@code stats} costs the same on any graph: Neo4j answers each count from its count store and reads no data. */
@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CountStoreTest {

    @Inject
    Driver driver;
    @Inject
    QueryPlans plans;

    @Test
    void labelCountsComeFromTheCountStore() {
        List<String> plan = Plans.operators(driver, StatsField.LABELS, Map.of());
        assertTrue(plan.stream().anyMatch(o -> o.startsWith("NodeCountFromCountStore")), plan.toString());
        assertTrue(plan.stream().noneMatch(o -> o.contains("Scan") || o.contains("Expand")), plan.toString());
    }

    @Test
    void relationshipCountsComeFromTheCountStore() {
        List<String> plan = Plans.operators(driver, StatsField.RELATIONSHIPS, Map.of());
        assertTrue(plan.stream().anyMatch(o -> o.startsWith("RelationshipCountFromCountStore")), plan.toString());
        assertTrue(plan.stream().noneMatch(o -> o.contains("Scan") || o.contains("Expand")), plan.toString());
    }

    @Test
    void theOneStatementOfStatsReadsNothingButTheCountStore() {
        List<String> plan = plans.plan("{ stats { labels { name count } relationshipTypes { name count } } }");
        for (String count : List.of("NodeCountFromCountStore", "RelationshipCountFromCountStore")) {
            assertTrue(plan.stream().anyMatch(o -> o.startsWith(count)), plan.toString());
        }
        assertTrue(plan.stream().noneMatch(o -> o.contains("Scan") || o.contains("Expand")), plan.toString());
    }
}
