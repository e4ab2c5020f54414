package io.accordgraph.statement;

import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StatementQueriesTest {

    private static final String FIELDS = "{ statements { id kind text quoted date attributedTo "
            + "speaker { __typename id } about { id } sources { id } } }";

    private static String statement(String id) {
        return "data.statements.find { it.id == '" + id + "' }";
    }

    @Test
    void fiveStatementsEachWithItsSpeakerAndSource() {
        query(FIELDS)
                .body("data.statements", hasSize(5))
                .body("data.statements.sources.flatten().id.unique()", contains("geneva-report-2026-02-17"));
    }

    @Test
    void peskovSpokeOnMondayAboutTerritory() {
        query(FIELDS)
                .body(statement("peskov-larger-number-of-issues") + ".speaker.id", equalTo("dmitry-peskov"))
                .body(statement("peskov-larger-number-of-issues") + ".date", equalTo("2026-02-16"))
                .body(statement("peskov-larger-number-of-issues") + ".text",
                        containsString("everything connected to the demands we have raised"))
                .body(statement("peskov-larger-number-of-issues") + ".kind", equalTo("REMARK"))
                // Reported speech mixed with his words: not marked as a verbatim quote.
                .body(statement("peskov-larger-number-of-issues") + ".quoted", equalTo(false))
                .body(statement("peskov-larger-number-of-issues") + ".about.id",
                        contains("geneva-talks-2026-02", "territory"));
    }

    @Test
    void theAccusationAgainstMedinskyIsAttributedToUkrainianNegotiators() {
        query(FIELDS)
                .body(statement("ukrainian-negotiators-accuse-medinsky") + ".kind", equalTo("ACCUSATION"))
                .body(statement("ukrainian-negotiators-accuse-medinsky") + ".speaker.__typename", equalTo("State"))
                .body(statement("ukrainian-negotiators-accuse-medinsky") + ".speaker.id", equalTo("ukraine"))
                .body(statement("ukrainian-negotiators-accuse-medinsky") + ".attributedTo",
                        equalTo("Ukrainian negotiators"))
                .body(statement("ukrainian-negotiators-accuse-medinsky") + ".text",
                        containsString("lecturing them on history"))
                .body(statement("ukrainian-negotiators-accuse-medinsky") + ".about.id", contains("vladimir-medinsky"))
                // "previously": the report gives no date, so none is stored.
                .body(statement("ukrainian-negotiators-accuse-medinsky") + ".date", nullValue());
    }

    @Test
    void zelenskyUmerovAndTheKremlinSpeakWithoutDatesTheReportDoesNotGive() {
        query(FIELDS)
                .body(statement("zelensky-hopes-for-serious-talks") + ".speaker.id", equalTo("zelensky"))
                .body(statement("zelensky-hopes-for-serious-talks") + ".text",
                        containsString("talking about completely different things"))
                .body(statement("umerov-goal-of-lasting-peace") + ".speaker.id", equalTo("rustem-umerov"))
                .body(statement("umerov-goal-of-lasting-peace") + ".text",
                        containsString("sustainable and lasting peace"))
                .body(statement("kremlin-focus-on-territory") + ".attributedTo", equalTo("the Kremlin"))
                .body(statement("kremlin-focus-on-territory") + ".speaker.id", equalTo("russia"))
                .body(statement("kremlin-focus-on-territory") + ".date", nullValue())
                .body(statement("umerov-goal-of-lasting-peace") + ".date", nullValue());
    }
}
