package io.accordgraph.bundle;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.accordgraph.error.CodedException;
import io.accordgraph.error.Problem;
import io.accordgraph.graph.model.Claim;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class BundleValidationTest {

    private static final String REPORT = "geneva-report-2026-02-17";

    @Inject
    BundleLoader loader;
    @Inject
    Driver driver;

    private long nodeCount() {
        return driver.executableQuery("MATCH (n) RETURN count(n)").execute().records().get(0).get(0).asLong();
    }

    private static List<String> messages(CodedException error) {
        return error.problems().stream().map(Problem::toString).toList();
    }

    private FactBundle read(String json) {
        return loader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aBundleWithOneBadFactWritesNothingAndNamesEveryProblem() {
        long before = nodeCount();
        FactBundle bundle = read("""
                {"format": "accord-graph/fact-bundle@1",
                 "entities": [
                   {"type": "Person", "id": "new-negotiator", "name": "New Negotiator", "sources": ["%1$s"]},
                   {"type": "Person", "id": "new-negotiator", "name": "Twin", "sources": ["%1$s"]},
                   {"type": "Person", "id": "nameless", "name": " ", "sources": ["%1$s"]},
                   {"type": "Planet", "id": "mars", "name": "Mars", "sources": ["%1$s"]},
                   {"type": "Issue", "id": "unsourced", "name": "Unsourced"}
                 ],
                 "relationships": [
                   {"type": "HEADS", "from": "new-negotiator", "to": "russia", "sources": ["%1$s"]},
                   {"type": "SERVES", "from": "new-negotiator", "to": "russia", "since": "2026-02-17",
                    "until": "2026-01-01", "properties": {"title": "Envoy"}, "sources": ["%1$s"]},
                   {"type": "CONTROLS", "from": "russia", "to": "crimea", "properties": {"extent": "MOST"},
                    "sources": ["no-such-report"]}
                 ]}
                """.formatted(REPORT));

        CodedException error = assertThrows(CodedException.class, () -> loader.load(bundle, Claim.ANONYMOUS));

        assertThat(messages(error), containsInAnyOrder(
                startsWith("entities[1].id: 'new-negotiator' is declared more than once"),
                startsWith("entities[2].name: must not be blank"),
                startsWith("entities[3].type: unknown entity type 'Planet'"),
                startsWith("entities[4].sources: every fact must cite at least one source"),
                startsWith("relationships[0].to: 'russia' is a State, expected [Delegation]"),
                startsWith("relationships[1].until: 2026-01-01 is before since 2026-02-17"),
                startsWith("relationships[2].properties.extent: must be one of [FULL, PARTIAL], not 'MOST'"),
                startsWith("relationships[2].sources[0]: no source with id 'no-such-report'")));
        assertEquals(before, nodeCount());
    }

    @Test
    void malformedDateIsRejectedWithItsJsonPath() {
        CodedException error = assertThrows(CodedException.class, () -> loader.load(read("""
                {"format": "accord-graph/fact-bundle@1",
                 "relationships": [{"type": "HEADS", "from": "a", "to": "b", "since": "17 Feb 2026"}]}
                """), Claim.ANONYMOUS));
        assertThat(messages(error), hasItem(startsWith("relationships[0].since: ")));
    }

    @Test
    void misspeltFieldIsRejectedRatherThanDropped() {
        CodedException error = assertThrows(CodedException.class, () -> read("""
                {"format": "accord-graph/fact-bundle@1", "entites": []}
                """));
        assertThat(messages(error), hasItem(startsWith("entites: ")));
    }

    @Test
    void invalidJsonIsRejected() {
        CodedException error = assertThrows(CodedException.class, () -> read("{format: 1}"));
        assertThat(messages(error), hasItem(startsWith("bundle: not valid JSON")));
    }
}
