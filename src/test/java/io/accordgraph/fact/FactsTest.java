package io.accordgraph.fact;

import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class FactsTest {

    private static final String FACT_FIELDS = "facts { subject { id } predicate object { id } since until "
            + "attributes { key value } sources { id } }";

    @Test
    void medinskyHeadsTheRussianDelegationServesPutinAndIsAccusedAccordingToTheReport() {
        String heads = "data.entity.facts.find { it.predicate == 'HEADS' }";
        String serves = "data.entity.facts.find { it.predicate == 'SERVES' }";
        query("{ entity(id: \"vladimir-medinsky\") { " + FACT_FIELDS + " } }")
                .body("data.entity.facts.predicate", containsInAnyOrder("ABOUT", "HEADS", "MEMBER_OF", "SERVES"))
                .body(heads + ".subject.id", equalTo("vladimir-medinsky"))
                .body(heads + ".object.id", equalTo("russian-delegation"))
                .body(heads + ".sources.id", contains("geneva-report-2026-02-17"))
                .body(serves + ".attributes", contains(Map.of("key", "title",
                        "value", "Aide to President Vladimir Putin")))
                .body("data.entity.facts.find { it.predicate == 'ABOUT' }.subject.id",
                        equalTo("ukrainian-negotiators-accuse-medinsky"));
    }

    @Test
    void theFlightToGenevaRestsOnTheReportAndOnSputnik() {
        query("{ entity(id: \"russian-delegation\") { " + FACT_FIELDS + " } }")
                .body("data.entity.facts.find { it.predicate == 'TRAVELLED_TO' }.sources.id",
                        contains("geneva-report-2026-02-17", "sputnik-russian-delegation-flight"))
                .body("data.entity.facts.find { it.predicate == 'TRAVELLED_TO' }.attributes.key",
                        contains("aircraft", "arrivedAt", "operator"));
    }

    @Test
    void everyRelationshipOfTheSeedCitesTheReport() {
        query("{ states { " + FACT_FIELDS + " } persons { " + FACT_FIELDS + " } disputedAssets { " + FACT_FIELDS
                + " } statements { " + FACT_FIELDS + " } talks { " + FACT_FIELDS + " } }")
                .body("data.talks[0].facts", hasSize(12))
                .body("data.states.facts.flatten().sources*.id", everyItem(hasItem("geneva-report-2026-02-17")))
                .body("data.persons.facts.flatten().sources*.id", everyItem(hasItem("geneva-report-2026-02-17")))
                .body("data.disputedAssets.facts.flatten().sources*.id",
                        everyItem(hasItem("geneva-report-2026-02-17")))
                .body("data.statements.facts.flatten().sources*.id", everyItem(hasItem("geneva-report-2026-02-17")));
    }
}
