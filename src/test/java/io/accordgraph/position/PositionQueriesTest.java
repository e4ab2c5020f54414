package io.accordgraph.position;

import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PositionQueriesTest {

    @Test
    void russiaDemandsThatUkraineCedeDonetskAndKyivRejectsIt() {
        query("{ positions { stance summary date holder { __typename id } concerns { __typename id } "
                + "sources { id } } }")
                .body("data.positions", hasSize(2))
                .body("data.positions[0].stance", equalTo("DEMANDS"))
                .body("data.positions[0].holder.id", equalTo("russia"))
                .body("data.positions[0].holder.__typename", equalTo("State"))
                .body("data.positions[0].summary", containsString("cede the areas it still controls"))
                .body("data.positions[0].concerns.__typename", equalTo("DisputedAsset"))
                .body("data.positions[0].concerns.id", equalTo("donetsk-region"))
                .body("data.positions[1].stance", equalTo("REJECTS"))
                .body("data.positions[1].holder.id", equalTo("ukraine"))
                .body("data.positions[1].concerns.id", equalTo("donetsk-region"))
                .body("data.positions.date", contains(null, null))
                .body("data.positions.sources.flatten().id.unique()", contains("geneva-report-2026-02-17"));
    }
}
