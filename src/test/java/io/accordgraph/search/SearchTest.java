package io.accordgraph.search;

import static io.accordgraph.GraphQL.post;
import static io.accordgraph.GraphQL.query;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.accordgraph.QueryPlans;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Full-text search on the seed: names, aliases and statement text, ranked, without regard to case or accents. */
@QuarkusTest
@QuarkusTestResource(EmbeddedNeo4jTestResource.class)
class SearchTest {

    @Inject
    QueryPlans plans;

    private static final String SEARCH = "{ search(%s) { score entity { __typename id } } }";

    @Test
    void anAliasFindsItsEntity() {
        query(SEARCH.formatted("text: \"Kyiv\"")).body("data.search[0].entity.id", equalTo("ukraine"));
        query(SEARCH.formatted("text: \"kremlin\", types: [STATE]")).body("data.search[0].entity.id",
                equalTo("russia"));
    }

    @Test
    void theEntityNamedExactlyComesBeforeThoseThatMentionIt() {
        query(SEARCH.formatted("text: \"Medinsky\""))
                .body("data.search[0].entity.id", equalTo("vladimir-medinsky"))
                .body("data.search.entity.id", hasItem("ukrainian-negotiators-accuse-medinsky"))
                .body("data.search.score", everyItem(greaterThan(0f)));
        query(SEARCH.formatted("text: \"Vladimir Medinsky\""))
                .body("data.search[0].entity.id", equalTo("vladimir-medinsky"))
                .body("data.search.entity.id", hasItem("vladimir-putin"));
    }

    @Test
    void caseAndAccentsDoNotMatter() {
        query(SEARCH.formatted("text: \"ZÉLENSKY\", types: [PERSON]"))
                .body("data.search.entity.id", equalTo(List.of("zelensky")));
        query(SEARCH.formatted("text: \"Zaporížhzhia\", types: [DISPUTED_ASSET]"))
                .body("data.search[0].entity.id", equalTo("zaporizhzhia-nuclear-power-plant"));
    }

    @Test
    void statementTextIsSearched() {
        query(SEARCH.formatted("text: \"lecturing\"")).body("data.search.entity.id",
                equalTo(List.of("ukrainian-negotiators-accuse-medinsky")));
    }

    @Test
    void typesAndFirstNarrowTheHits() {
        query(SEARCH.formatted("text: \"Geneva\", types: [STATEMENT], first: 2"))
                .body("data.search", hasSize(2))
                .body("data.search.entity.__typename", everyItem(equalTo("Statement")));
    }

    @Test
    void luceneSyntaxInTheTextIsSearchedLiterallyNotInterpreted() {
        query(SEARCH.formatted("text: \"Peskov AND (\"")).body("data.search[0].entity.id",
                equalTo("dmitry-peskov"));
        query(SEARCH.formatted("text: \"id:russia~ \\\\\"")).body("errors", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void searchReadsTheFullTextIndexNotALabel() {
        List<String> operators = plans.plan("{ search(text: \"kyiv\", types: [STATE]) { score entity { id } } }");
        assertThat(operators, hasItem(startsWith("ProcedureCall")));
        assertThat(operators, not(hasItem(startsWith("NodeByLabelScan"))));
        assertThat(operators, not(hasItem(startsWith("AllNodesScan"))));
    }

    @Test
    void blankTextAndTooManyHitsAreErrorsWithACode() {
        post(SEARCH.formatted("text: \"   \"")).body("errors[0].extensions.code", equalTo("VALIDATION"));
        post(SEARCH.formatted("text: \"x\", first: 501")).body("errors[0].extensions.code", equalTo("VALIDATION"));
    }
}
