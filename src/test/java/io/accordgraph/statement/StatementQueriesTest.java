package io.accordgraph.statement;

import static io.accordgraph.GraphQL.byId;
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

    private static final String PESKOV = byId("statements", "peskov-larger-number-of-issues");
    private static final String ACCUSATION = byId("statements", "ukrainian-negotiators-accuse-medinsky");
    private static final String ZELENSKY = byId("statements", "zelensky-hopes-for-serious-talks");
    private static final String UMEROV = byId("statements", "umerov-goal-of-lasting-peace");
    private static final String KREMLIN = byId("statements", "kremlin-focus-on-territory");

    private static final String FIELDS = "{ statements { id kind text quoted date attributedTo "
            + "speaker { __typename id } about { id } sources { id } } }";

    @Test
    void fiveStatementsEachWithItsSpeakerAndSource() {
        query(FIELDS)
                .body("data.statements", hasSize(5))
                .body("data.statements.sources.flatten().id.unique()", contains("geneva-report-2026-02-17"));
    }

    @Test
    void peskovSpokeOnMondayAboutTerritory() {
        query(FIELDS)
                .body(PESKOV + ".speaker.id", equalTo("dmitry-peskov"))
                .body(PESKOV + ".date", equalTo("2026-02-16"))
                .body(PESKOV + ".text",
                        containsString("everything connected to the demands we have raised"))
                .body(PESKOV + ".kind", equalTo("REMARK"))
                // Reported speech mixed with his words: not marked as a verbatim quote.
                .body(PESKOV + ".quoted", equalTo(false))
                .body(PESKOV + ".about.id",
                        contains("geneva-talks-2026-02", "territory"));
    }

    @Test
    void theAccusationAgainstMedinskyIsAttributedToUkrainianNegotiators() {
        query(FIELDS)
                .body(ACCUSATION + ".kind", equalTo("ACCUSATION"))
                .body(ACCUSATION + ".speaker.__typename", equalTo("State"))
                .body(ACCUSATION + ".speaker.id", equalTo("ukraine"))
                .body(ACCUSATION + ".attributedTo",
                        equalTo("Ukrainian negotiators"))
                .body(ACCUSATION + ".text",
                        containsString("lecturing them on history"))
                .body(ACCUSATION + ".about.id", contains("vladimir-medinsky"))
                // "previously": the report gives no date, so none is stored.
                .body(ACCUSATION + ".date", nullValue());
    }

    @Test
    void zelenskyUmerovAndTheKremlinSpeakWithoutDatesTheReportDoesNotGive() {
        query(FIELDS)
                .body(ZELENSKY + ".speaker.id", equalTo("zelensky"))
                .body(ZELENSKY + ".text",
                        containsString("talking about completely different things"))
                .body(UMEROV + ".speaker.id", equalTo("rustem-umerov"))
                .body(UMEROV + ".text",
                        containsString("sustainable and lasting peace"))
                .body(KREMLIN + ".attributedTo", equalTo("the Kremlin"))
                .body(KREMLIN + ".speaker.id", equalTo("russia"))
                .body(KREMLIN + ".date", nullValue())
                .body(UMEROV + ".date", nullValue());
    }
}
