package io.accordgraph.state;

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
class StateQueriesTest {

    private static final String RUSSIA = byId("states", "russia");
    private static final String UKRAINE = byId("states", "ukraine");
    private static final String USA = byId("states", "united-states");

    @Test
    void theThreeStatesOfTheReportWithTheNamesItUsesForThem() {
        query("{ states { id name aliases } }")
                .body("data.states.name", contains("Russia", "Ukraine", "United States"))
                .body(RUSSIA + ".aliases", contains("Moscow", "Kremlin"))
                .body(UKRAINE + ".aliases", contains("Kyiv"))
                .body(USA + ".aliases", empty());
    }

    @Test
    void theUnitedStatesSponsorsTheTalksBetweenAllThree() {
        query("{ states { id sponsors { id } talks { id } delegations { name } } }")
                .body(USA + ".sponsors.id", contains("geneva-talks-2026-02"))
                .body(RUSSIA + ".sponsors", empty())
                .body("data.states.talks.flatten().id.unique()", contains("geneva-talks-2026-02"))
                .body(USA + ".delegations", empty())
                .body(RUSSIA + ".delegations.name", contains("Russian delegation"))
                .body(UKRAINE + ".delegations.name", contains("Ukrainian delegation"));
    }

    @Test
    void russiaControlsCrimeaDonbasAndAFifthOfUkraineAndClaimsDonetskAndThePlant() {
        query("{ states { id controls { id } claims { id } } }")
                .body(RUSSIA + ".controls.id", contains("crimea", "donbas", "ukrainian-territory"))
                .body(RUSSIA + ".claims.id", contains("donetsk-region", "zaporizhzhia-nuclear-power-plant"))
                .body(UKRAINE + ".controls.id", contains("donetsk-region"))
                .body(UKRAINE + ".claims.id", contains("zaporizhzhia-nuclear-power-plant"))
                .body(USA + ".controls", empty());
    }

    @Test
    void russiaDemandsAndUkraineRejectsAndBothAreDividedOnThreeIssuesListedByName() {
        query("{ states { id positions { stance } issues { id } statements { id attributedTo } } }")
                .body(RUSSIA + ".positions.stance", contains("DEMANDS"))
                .body(UKRAINE + ".positions.stance", contains("REJECTS"))
                .body(RUSSIA + ".issues.id", contains("control-of-zaporizhzhia-nuclear-power-plant",
                        "western-forces-in-ukraine-after-the-war", "territory"))
                .body(UKRAINE + ".issues.id", contains("control-of-zaporizhzhia-nuclear-power-plant",
                        "western-forces-in-ukraine-after-the-war", "territory"))
                .body(RUSSIA + ".statements.attributedTo", contains("the Kremlin"))
                .body(UKRAINE + ".statements.attributedTo", contains("Ukrainian negotiators"));
    }
}
