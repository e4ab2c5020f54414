package io.accordgraph.bundle;

import static io.accordgraph.GraphQL.post;
import static io.accordgraph.GraphQL.query;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.accordgraph.Editor;
import io.accordgraph.FreshGraphProfile;
import io.accordgraph.Snapshot;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** A dry run answers what an import would change, and changes nothing. */
@QuarkusTest
@TestProfile(FreshGraphProfile.class)
class BundleDryRunTest {

    /**
     * A report of 26 February (a day no other test reads changes of) on a new person: the source, the person and his
     * role, all new. Each test gives its own {@code tag}, and {@code more} relationships citing {@code <tag>-report}:
     * the tests share one graph with others, so what they import touches nothing of the seed.
     */
    private static String report(String tag, String more) {
        return """
                {"format": "accord-graph/fact-bundle@1",
                 "sources": [{"id": "%1$s-report", "name": "Report of 26 February", "publishedAt": "2026-02-26"}],
                 "entities": [{"type": "Person", "id": "%1$s-yermak", "name": "Andriy Yermak",
                               "sources": ["%1$s-report"]}],
                 "relationships": [
                   {"type": "SERVES", "from": "%1$s-yermak", "to": "ukraine", "properties": {"title": "Adviser"},
                    "since": "2026-02-01", "sources": ["%1$s-report"]}%2$s]}
                """.formatted(tag, more);
    }

    /**
     * Russia's partial control of Crimea, where the Geneva report says full (a claim beside that one), and Medinsky's
     * membership, which the graph holds (cited again, so not new). Only dry runs take these.
     */
    private static final String ON_SEED_FACTS = """
            ,
            {"type": "CONTROLS", "from": "russia", "to": "crimea",
             "properties": {"extent": "PARTIAL", "note": "Contested."}, "sources": ["%1$s-report"]},
            {"type": "MEMBER_OF", "from": "vladimir-medinsky", "to": "russian-delegation", "sources": ["%1$s-report"]}
            """;

    private static final String BROKEN = """
            {"format": "accord-graph/fact-bundle@1",
             "sources": [{"id": "dry-broken", "name": "Broken"}],
             "relationships": [{"type": "CONTROLS", "from": "russia", "to": "nowhere-at-all",
                                "properties": {"extent": "PARTIAL"}, "sources": ["dry-broken"]},
                               {"type": "SERVES", "from": "russia", "to": "ukraine", "sources": ["dry-broken"]}]}
            """;
    private static final String IMPORT = "mutation($bundle: String!, $dryRun: Boolean) { importBundle(bundle: $bundle, "
            + "dryRun: $dryRun) { nodesCreated relationshipsCreated preview { entities { id type name } "
            + "claims { subject predicate object qualifiers { key value } sources } "
            + "beside { subject predicate object qualifiers { key value } sources } } } }";

    private static ValidatableResponse postBundle(String json, String path) {
        return Editor.given().contentType(ContentType.JSON).body(json).when().post(path).then();
    }

    @Test
    void aDryRunWritesNothingAndCountsWhatTheImportThatFollowsCreates() {
        String before = Snapshot.ofGraph();

        JsonPath dry = postBundle(report("counted", ""), "/bundles?dryRun=true").statusCode(200).extract().jsonPath();
        assertEquals(before, Snapshot.ofGraph(), "the dry run wrote");

        postBundle(report("counted", ""), "/bundles").statusCode(200)
                .body("nodesCreated", equalTo(dry.getInt("nodesCreated")))
                .body("relationshipsCreated", equalTo(dry.getInt("relationshipsCreated")))
                .body("preview", nullValue());
    }

    @Test
    void aDryRunPreviewsNewEntitiesNewClaimsAndClaimsBesideThoseTheGraphHolds() {
        post(IMPORT, Map.of("bundle", report("preview", ON_SEED_FACTS.formatted("preview")), "dryRun", true))
                .body("errors", nullValue())
                .body("data.importBundle.preview.entities.id", containsInAnyOrder("preview-report", "preview-yermak"))
                .body("data.importBundle.preview.entities.find { it.id == 'preview-yermak' }.type", equalTo("Person"))
                .body("data.importBundle.preview.claims.predicate", contains("SERVES"))
                .body("data.importBundle.preview.claims[0].qualifiers",
                        hasItem(Map.of("key", "title", "value", "Adviser")))
                .body("data.importBundle.preview.beside.object", contains("crimea"))
                .body("data.importBundle.preview.beside[0].qualifiers",
                        hasItem(Map.of("key", "extent", "value", "PARTIAL")))
                .body("data.importBundle.preview.beside[0].sources", contains("preview-report"));
        query("{ entity(id: \"preview-yermak\") { id } }").body("data.entity", nullValue());
    }

    @Test
    void aDryRunOfABundleAlreadyImportedPreviewsNothing() {
        String again = report("again", "");
        postBundle(again, "/bundles").statusCode(200);

        query(IMPORT, Map.of("bundle", again, "dryRun", true))
                .body("data.importBundle.nodesCreated", equalTo(0))
                .body("data.importBundle.relationshipsCreated", equalTo(0))
                .body("data.importBundle.preview.entities", empty())
                .body("data.importBundle.preview.claims", empty())
                .body("data.importBundle.preview.beside", empty());
    }

    @Test
    void aDryRunRefusesABadBundleWithTheProblemsOfTheImportAndWritesNothing() {
        String before = Snapshot.ofGraph();

        List<Object> dry = post(IMPORT, Map.of("bundle", BROKEN, "dryRun", true))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .extract().path("errors[0].extensions.problems");
        List<Object> real = post(IMPORT, Map.of("bundle", BROKEN, "dryRun", false))
                .extract().path("errors[0].extensions.problems");
        assertEquals(real, dry);
        assertThat(dry, hasSize(3));
        postBundle(BROKEN, "/bundles?dryRun=true").statusCode(400).body("code", equalTo("VALIDATION"));
        assertEquals(before, Snapshot.ofGraph(), "a refused bundle wrote");
    }
}
