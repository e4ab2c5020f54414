package io.accordgraph.talks;

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
class TalksQueriesTest {

    @Test
    void theGenevaRoundMeetsOnTuesdayAndWednesdayOfTheReportsWeek() {
        query("{ talks { id name location startDate endDate description sources { id } } }")
                .body("data.talks", hasSize(1))
                .body("data.talks[0].location", equalTo("Geneva"))
                .body("data.talks[0].startDate", equalTo("2026-02-17"))
                .body("data.talks[0].endDate", equalTo("2026-02-18"))
                .body("data.talks[0].description", containsString("Hopes for significant progress remain low"))
                .body("data.talks[0].sources.id", contains("geneva-report-2026-02-17"));
    }

    @Test
    void sponsorPartiesDelegationsWorkingGroupAndAgenda() {
        query("{ talks { sponsors { name } parties { name } delegations { name } workingGroups { name } "
                + "issues { id } } }")
                .body("data.talks[0].sponsors.name", contains("United States"))
                .body("data.talks[0].parties.name", contains("Russia", "Ukraine", "United States"))
                .body("data.talks[0].delegations.name", contains("Russian delegation", "Ukrainian delegation"))
                .body("data.talks[0].workingGroups.name", contains("Economic working group"))
                .body("data.talks[0].issues.id", contains("territory"));
    }

    @Test
    void theWorkingGroupFocusesOnEconomicIssuesWithDmitriev() {
        query("{ workingGroups { id focus talks { id } members { name } sources { id } } }")
                .body("data.workingGroups", hasSize(1))
                .body("data.workingGroups[0].focus", equalTo("Economic issues"))
                .body("data.workingGroups[0].talks.id", equalTo("geneva-talks-2026-02"))
                .body("data.workingGroups[0].members.name", contains("Kirill Dmitriev"))
                .body("data.workingGroups[0].sources.id", contains("geneva-report-2026-02-17"));
    }
}
