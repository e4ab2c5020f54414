package io.accordgraph.source;

import static io.accordgraph.GraphQL.byId;
import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SourceQueriesTest {

    private static final String REPORT = byId("sources", "geneva-report-2026-02-17");
    private static final String SPUTNIK = byId("sources", "sputnik-russian-delegation-flight");

    @Test
    void theReportAndTheSputnikDispatchItCites() {
        query("{ sources { id name title publishedAt url publisher sources { id } } }")
                .body("data.sources.id", contains("geneva-report-2026-02-17", "sputnik-russian-delegation-flight"))
                .body(REPORT + ".publishedAt", equalTo("2026-02-17"))
                // The report names no title, outlet or address; they stay empty rather than invented.
                .body(REPORT + ".title", nullValue())
                .body(REPORT + ".url", nullValue())
                .body(REPORT + ".publisher", nullValue())
                .body(REPORT + ".sources", empty())
                .body(SPUTNIK + ".publisher", equalTo("Sputnik"))
                .body(SPUTNIK + ".publishedAt", nullValue())
                .body(SPUTNIK + ".sources.id", contains("geneva-report-2026-02-17"));
    }

    @Test
    void theReportStatesEveryEntityOfTheSeed() {
        query("{ sources { id reports { __typename id } } entity(id: \"vladimir-medinsky\") { id } }")
                .body(REPORT + ".reports", hasSize(31))
                .body(REPORT + ".reports.id", hasItem("vladimir-medinsky"))
                .body(REPORT + ".reports.id", hasItem("sputnik-russian-delegation-flight"))
                .body(SPUTNIK + ".reports", empty());
    }
}
