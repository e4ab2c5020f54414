package io.accordgraph.bundle;

import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.accordgraph.graph.model.Claim;
import io.accordgraph.EmbeddedNeo4jTestResource;
import io.accordgraph.embedded.EmbeddedNeo4j;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SeedLoadingTest {

    private static final String SEED = "seed/geneva-talks-2026-02-17.json";
    private static final String COUNTS = "MATCH (n) WITH count(n) AS nodes "
            + "OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships";

    @Inject
    BundleLoader loader;
    @Inject
    SeedLoader seed;
    @Inject
    EmbeddedNeo4j neo4j;
    @Inject
    Driver driver;

    private List<Long> counts() {
        var row = driver.executableQuery(COUNTS).execute().records().get(0);
        return List.of(row.get("nodes").asLong(), row.get("relationships").asLong());
    }

    @Test
    void theSeedHoldsEveryNodeAndRelationshipOfTheBundleOnce() {
        FactBundle bundle = seed.bundle(SEED);
        long facts = bundle.relationships().size();
        long citations = bundle.entities().size() + bundle.sources().stream().filter(s -> s.citedIn() != null)
                .mapToLong(s -> s.citedIn().size()).sum();
        assertEquals(List.of((long) bundle.sources().size() + bundle.entities().size(), facts + citations),
                counts());
    }

    @Test
    void loadingTheSeedTwiceChangesNothing() {
        List<Long> before = counts();

        LoadResult again = loader.load(seed.bundle(SEED), Claim.SEED);
        seed.loadIfMissing(SEED);

        assertEquals(new LoadResult(0, 0), again);
        assertEquals(before, counts());
        query("{ delegations { members { id } } }").body("data.delegations.members.flatten()", hasSize(4));
    }

    @Test
    void dataSurvivesARestartOfTheDatabase() {
        driver.executableQuery("CREATE (:Issue:Entity {id: $id, name: 'Restart marker', aliases: []})")
                .withParameters(Map.of("id", "restart-marker")).execute();
        try {
            neo4j.stop();
            neo4j.start();

            query("{ entity(id: \"restart-marker\") { name } delegations { head { name } } }")
                    .body("data.entity.name", equalTo("Restart marker"))
                    .body("data.delegations.head.name", equalTo(List.of("Vladimir Medinsky", "Rustem Umerov")));
        } finally {
            driver.executableQuery("MATCH (n:Entity {id: $id}) DETACH DELETE n")
                    .withParameters(Map.of("id", "restart-marker")).execute();
        }
    }
}
