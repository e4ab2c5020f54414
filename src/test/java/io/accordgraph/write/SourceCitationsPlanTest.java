package io.accordgraph.write;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.accordgraph.Plans;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Deleting a source counts the facts that cite it through an index, not by reading every relationship. */
@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SourceCitationsPlanTest {

    @Inject
    Driver driver;

    @Test
    void theCitationsOfASourceAreFoundThroughTheIndex() {
        List<String> plan = Plans.operators(driver, GraphWrites.CITATIONS, Map.of("id", "tass", "term", "\"tass\""));
        assertTrue(plan.stream().anyMatch(o -> o.startsWith("ProcedureCall")), plan.toString());
        assertTrue(plan.stream().noneMatch(o -> o.contains("Scan") || o.startsWith("Expand")), plan.toString());
    }
}
