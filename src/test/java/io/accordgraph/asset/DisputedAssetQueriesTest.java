package io.accordgraph.asset;

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

    private static String asset(String id) {
        return "data.disputedAssets.find { it.id == '" + id + "' }";
    }

    @Test
    void theAssetsOfTheReportWithTheirKinds() {
        query("{ disputedAssets { id kind } }")
                .body("data.disputedAssets.id", contains("crimea", "donbas", "donetsk-region", "ukrainian-territory",
                        "zaporizhzhia-nuclear-power-plant"))
                .body(asset("zaporizhzhia-nuclear-power-plant") + ".kind", equalTo("FACILITY"))
                .body(asset("donetsk-region") + ".kind", equalTo("REGION"))
                .body(asset("ukrainian-territory") + ".kind", equalTo("TERRITORY"));
    }

    @Test
    void controlCarriesExtentShareAndSources() {
        query("{ disputedAssets { id controlledBy { state { id } extent share note sources { id } } } }")
                .body(asset("crimea") + ".controlledBy.state.id", contains("russia"))
                .body(asset("crimea") + ".controlledBy.extent", contains("FULL"))
                .body(asset("donbas") + ".controlledBy.extent", contains("PARTIAL"))
                .body(asset("ukrainian-territory") + ".controlledBy.share", contains("about 20%"))
                .body(asset("donetsk-region") + ".controlledBy.state.id", contains("ukraine"))
                .body(asset("donetsk-region") + ".controlledBy.extent", contains("PARTIAL"))
                .body(asset("donetsk-region") + ".controlledBy[0].sources.id", contains("geneva-report-2026-02-17"))
                // The report does not say who holds the plant today: nothing is invented.
                .body(asset("zaporizhzhia-nuclear-power-plant") + ".controlledBy", empty());
    }

    @Test
    void russiaAndUkraineBothClaimThePlantAndRussiaClaimsDonetsk() {
        query("{ disputedAssets { id claimedBy { state { id } basis sources { id } } } }")
                .body(asset("zaporizhzhia-nuclear-power-plant") + ".claimedBy.state.id", contains("russia", "ukraine"))
                .body(asset("donetsk-region") + ".claimedBy.state.id", contains("russia"))
                .body(asset("donetsk-region") + ".claimedBy[0].sources.id", contains("geneva-report-2026-02-17"))
                .body(asset("crimea") + ".claimedBy", empty());
    }

    @Test
    void positionsAndIssuesOfAnAsset() {
        query("{ disputedAssets { id positions { stance } issues { id } } }")
                .body(asset("donetsk-region") + ".positions.stance", contains("DEMANDS", "REJECTS"))
                .body(asset("donetsk-region") + ".issues.id", contains("territory"))
                .body(asset("zaporizhzhia-nuclear-power-plant") + ".issues.id",
                        contains("control-of-zaporizhzhia-nuclear-power-plant"));
    }
}
