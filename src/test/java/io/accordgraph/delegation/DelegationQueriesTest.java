package io.accordgraph.delegation;

import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DelegationQueriesTest {

    private static final String RUSSIAN = "data.delegations.find { it.name == 'Russian delegation' }";
    private static final String UKRAINIAN = "data.delegations.find { it.name == 'Ukrainian delegation' }";

    @Test
    void bothDelegationsAnswerWithTheirStateHeadAndMembers() {
        query("{ delegations { name state { name } head { name } members { name } } }")
                .body("data.delegations.name", contains("Russian delegation", "Ukrainian delegation"))
                .body(RUSSIAN + ".state.name", equalTo("Russia"))
                .body(RUSSIAN + ".head.name", equalTo("Vladimir Medinsky"))
                .body(RUSSIAN + ".members.name", containsInAnyOrder("Vladimir Medinsky", "Igor Kostyukov"))
                .body(UKRAINIAN + ".state.name", equalTo("Ukraine"))
                .body(UKRAINIAN + ".head.name", equalTo("Rustem Umerov"))
                .body(UKRAINIAN + ".members.name", containsInAnyOrder("Rustem Umerov", "Kyrylo Budanov"));
    }

    @Test
    void aDelegationReachedThroughEachOfItsMembersListsEveryMemberOnce() {
        query("{ negotiators { name memberOf { name members { name } } } }")
                .body("data.negotiators.find { it.name == 'Igor Kostyukov' }.memberOf[0].members.name",
                        contains("Igor Kostyukov", "Vladimir Medinsky"))
                .body("data.negotiators.find { it.name == 'Vladimir Medinsky' }.memberOf[0].members.name",
                        contains("Igor Kostyukov", "Vladimir Medinsky"));
    }

    @Test
    void delegationsMeetAtTheGenevaTalks() {
        query("{ delegations { name talks { id location } } }")
                .body("data.delegations.talks.flatten().id.unique()", contains("geneva-talks-2026-02"))
                .body("data.delegations.talks.flatten().location.unique()", contains("Geneva"));
    }

    @Test
    void russianDelegationFlewInOnAnIl96AsSputnikReported() {
        query("{ delegations { name travel { arrivedAt aircraft operator talks { id } sources { id publisher } } } }")
                .body(RUSSIAN + ".travel[0].arrivedAt", equalTo("Geneva Airport"))
                .body(RUSSIAN + ".travel[0].aircraft", equalTo("Il-96"))
                .body(RUSSIAN + ".travel[0].operator", equalTo("special aviation unit"))
                .body(RUSSIAN + ".travel[0].talks.id", equalTo("geneva-talks-2026-02"))
                .body(RUSSIAN + ".travel[0].sources.publisher", hasItem("Sputnik"))
                .body(RUSSIAN + ".travel[0].sources.id", hasItem("geneva-report-2026-02-17"))
                .body(UKRAINIAN + ".travel", equalTo(java.util.List.of()));
    }

    @Test
    void everyDelegationCitesTheReport() {
        query("{ delegations { sources { id publishedAt } } }")
                .body("data.delegations.sources.flatten().id.unique()", contains("geneva-report-2026-02-17"))
                .body("data.delegations.sources.flatten().publishedAt.unique()", contains("2026-02-17"));
    }
}
