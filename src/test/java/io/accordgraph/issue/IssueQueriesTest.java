package io.accordgraph.issue;

import static io.accordgraph.GraphQL.byId;
import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class IssueQueriesTest {

    @Test
    void territoryIsOnTheAgendaAndTheOtherTwoDivideTheParties() {
        query("{ issues { id talks { id } disputedBy { id } sources { id } } }")
                .body("data.issues.id", contains("control-of-zaporizhzhia-nuclear-power-plant",
                        "western-forces-in-ukraine-after-the-war", "territory"))
                .body(byId("issues", "territory") + ".talks.id", contains("geneva-talks-2026-02"))
                .body(byId("issues", "western-forces-in-ukraine-after-the-war") + ".talks", empty())
                .body("data.issues.disputedBy.flatten().id.unique()", contains("russia", "ukraine"))
                .body("data.issues.sources.flatten().id.unique()", contains("geneva-report-2026-02-17"));
    }

    @Test
    void positionsOnAnIssueIncludeThoseOnItsAssets() {
        query("{ issues { id assets { id } positions { stance holder { id } } } }")
                .body(byId("issues", "territory") + ".assets.id", contains("donetsk-region", "ukrainian-territory"))
                .body(byId("issues", "territory") + ".positions.stance", contains("DEMANDS", "REJECTS"))
                .body(byId("issues", "territory") + ".positions.holder.id", contains("russia", "ukraine"))
                .body(byId("issues", "control-of-zaporizhzhia-nuclear-power-plant") + ".assets.id",
                        contains("zaporizhzhia-nuclear-power-plant"))
                .body(byId("issues", "control-of-zaporizhzhia-nuclear-power-plant") + ".positions", empty());
    }
}
