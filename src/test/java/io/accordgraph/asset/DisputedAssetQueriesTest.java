package io.accordgraph.asset;

import static io.accordgraph.GraphQL.byId;
import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DisputedAssetQueriesTest {

    private static final String CRIMEA = byId("disputedAssets", "crimea");
    private static final String DONBAS = byId("disputedAssets", "donbas");
    private static final String DONETSK = byId("disputedAssets", "donetsk-region");
    private static final String OCCUPIED = byId("disputedAssets", "ukrainian-territory");
    private static final String PLANT = byId("disputedAssets", "zaporizhzhia-nuclear-power-plant");

    @Test
    void theAssetsOfTheReportWithTheirKinds() {
        query("{ disputedAssets { id kind } }")
                .body("data.disputedAssets.id", contains("crimea", "donbas", "donetsk-region", "ukrainian-territory",
                        "zaporizhzhia-nuclear-power-plant"))
                .body(PLANT + ".kind", equalTo("FACILITY"))
                .body(DONETSK + ".kind", equalTo("REGION"))
                .body(OCCUPIED + ".kind", equalTo("TERRITORY"));
    }

    @Test
    void controlCarriesExtentShareAndSources() {
        query("{ disputedAssets { id controlledBy { state { id } extent share note sources { id } } } }")
                .body(CRIMEA + ".controlledBy.state.id", contains("russia"))
                .body(CRIMEA + ".controlledBy.extent", contains("FULL"))
                .body(DONBAS + ".controlledBy.extent", contains("PARTIAL"))
                .body(OCCUPIED + ".controlledBy.share", contains("about 20%"))
                .body(DONETSK + ".controlledBy.state.id", contains("ukraine"))
                .body(DONETSK + ".controlledBy.extent", contains("PARTIAL"))
                .body(DONETSK + ".controlledBy[0].sources.id", contains("geneva-report-2026-02-17"))
                // The report does not say who holds the plant today: nothing is invented.
                .body(PLANT + ".controlledBy", empty());
    }

    @Test
    void russiaAndUkraineBothClaimThePlantAndRussiaClaimsDonetsk() {
        query("{ disputedAssets { id claimedBy { state { id } basis sources { id } } } }")
                .body(PLANT + ".claimedBy.state.id", contains("russia", "ukraine"))
                .body(DONETSK + ".claimedBy.state.id", contains("russia"))
                .body(DONETSK + ".claimedBy[0].sources.id", contains("geneva-report-2026-02-17"))
                .body(CRIMEA + ".claimedBy", empty());
    }

    @Test
    void positionsAndIssuesOfAnAsset() {
        query("{ disputedAssets { id positions { stance } issues { id } } }")
                .body(DONETSK + ".positions.stance", contains("DEMANDS", "REJECTS"))
                .body(DONETSK + ".issues.id", contains("territory"))
                .body(PLANT + ".issues.id",
                        contains("control-of-zaporizhzhia-nuclear-power-plant"));
    }
}
