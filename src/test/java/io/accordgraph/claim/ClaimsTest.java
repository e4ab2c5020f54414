package io.accordgraph.claim;

import static io.accordgraph.GraphQL.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.accordgraph.Editor;
import io.accordgraph.FreshGraphProfile;
import io.accordgraph.Snapshot;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Every source keeps its own claim. On the seed (the Geneva report of 17 February says Russia controls Crimea
 * fully), a report of 20 February says it controls it partly and a report of 24 February repeats the Geneva claim;
 * they also disagree on when the Geneva talks ended. The tests run in order, each import building on the last.
 */
@QuarkusTest
@TestProfile(FreshGraphProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClaimsTest {

    private static final String GENEVA = "geneva-report-2026-02-17";
    private static final String CRIMEA_CONTROL = "{ disputedAssets(where: {id: {eq: \"crimea\"}}%s) "
            + "{ controlledBy%s { state { id } extent note sources { id } recordedBy } } }";
    private static final String CONTROL = "data.disputedAssets[0].controlledBy";

    private static final String PARTISANS = """
            {"format": "accord-graph/fact-bundle@1",
             "sources": [{"id": "partisan-report-2026-02-20", "name": "Report of 20 February",
                          "publishedAt": "2026-02-20", "publisher": "Example Wire"}],
             "entities": [{"type": "Talks", "id": "geneva-talks-2026-02", "properties": {"endDate": "2026-02-19"},
                           "sources": ["partisan-report-2026-02-20"]}],
             "relationships": [{"type": "CONTROLS", "from": "russia", "to": "crimea",
                                "properties": {"extent": "PARTIAL", "note": "Contested by partisans."},
                                "sources": ["partisan-report-2026-02-20"]}]}
            """;
    private static final String REPEAT = """
            {"format": "accord-graph/fact-bundle@1",
             "sources": [{"id": "digest-2026-02-24", "name": "Digest of 24 February", "publishedAt": "2026-02-24"}],
             "relationships": [{"type": "CONTROLS", "from": "russia", "to": "crimea",
                                "properties": {"extent": "FULL", "note": "Occupied; seized before the 2022 invasion."},
                                "sources": ["digest-2026-02-24"]}]}
            """;

    private static void importBundle(String json) {
        Editor.given().contentType(ContentType.JSON).body(json).when().post("/bundles").then().statusCode(200);
    }

    private static String crimea(String rootArgs, String fieldArgs) {
        return CRIMEA_CONTROL.formatted(rootArgs, fieldArgs);
    }

    @Test
    @Order(1)
    void aSecondReportThatDisagreesAddsItsOwnClaimBesideTheFirst() {
        String geneva = query(crimea("", "")).extract().path(CONTROL + "[0].note");
        importBundle(PARTISANS);

        query(crimea("", ""))
                .body(CONTROL, hasSize(2))
                .body(CONTROL + ".find { it.extent == 'FULL' }.note", equalTo(geneva))
                .body(CONTROL + ".find { it.extent == 'FULL' }.sources.id", contains(GENEVA))
                .body(CONTROL + ".find { it.extent == 'FULL' }.recordedBy", equalTo("seed"))
                .body(CONTROL + ".find { it.extent == 'PARTIAL' }.note", equalTo("Contested by partisans."))
                .body(CONTROL + ".find { it.extent == 'PARTIAL' }.sources.id", contains("partisan-report-2026-02-20"))
                .body(CONTROL + ".find { it.extent == 'PARTIAL' }.recordedBy", equalTo("editor"));
    }

    @Test
    @Order(2)
    void aNodePropertyKeepsEachSourcesValueAndShowsTheNewest() {
        query("{ entity(id: \"geneva-talks-2026-02\") { ... on Talks { endDate } "
                + "propertyClaims { property value current sources { id } } } }")
                .body("data.entity.endDate", equalTo("2026-02-19"))
                .body("data.entity.propertyClaims.findAll { it.property == 'endDate' }.value",
                        contains("2026-02-19", "2026-02-18"))
                .body("data.entity.propertyClaims.findAll { it.property == 'endDate' }.current", contains(true, false))
                .body("data.entity.propertyClaims.find { it.value == '2026-02-18' }.sources.id", contains(GENEVA))
                .body("data.entity.propertyClaims.find { it.property == 'location' }.sources.id", contains(GENEVA));
    }

    @Test
    @Order(3)
    void knownAtBeforeTheSecondReportHidesItsClaimAndItsValues() {
        query(crimea(", knownAt: \"2026-02-18\"", ""))
                .body(CONTROL + ".extent", contains("FULL"));
        query(crimea("", "(knownAt: \"2026-02-19\")"))
                .body(CONTROL + ".extent", contains("FULL"));
        query(crimea("", "(knownAt: \"2026-02-20\")"))
                .body(CONTROL + ".extent", containsInAnyOrder("FULL", "PARTIAL"));
        query("{ entity(id: \"geneva-talks-2026-02\", knownAt: \"2026-02-18\") { propertyClaims { property value } "
                + "sources { id } } }")
                .body("data.entity.propertyClaims.findAll { it.property == 'endDate' }.value", contains("2026-02-18"))
                .body("data.entity.sources.id", contains(GENEVA));
        query("{ sources(knownAt: \"2026-02-18\") { id } }").body("data.sources.id", contains(GENEVA));
    }

    @Test
    @Order(4)
    void changesListsTheClaimsFirstPublishedInTheWindow() {
        query("{ changes(since: \"2026-02-19\", until: \"2026-02-20\") { subject { id } predicate object { id } "
                + "sources { id } "
                + "attributes { key value } } }")
                .body("data.changes", hasSize(1))
                .body("data.changes[0].subject.id", equalTo("russia"))
                .body("data.changes[0].object.id", equalTo("crimea"))
                .body("data.changes[0].sources.id", contains("partisan-report-2026-02-20"));
        query("{ changes(since: \"2026-02-21\", until: \"2026-02-23\") { predicate } }")
                .body("data.changes", empty());
    }

    @Test
    @Order(5)
    void disagreementsListTheFactAndThePropertyWithTheNewestSourceFirst() {
        String fields = "{ subject { id } predicate object { id } property claims { attributes { key value } "
                + "sources { id } } values { value sources { id } } } }";
        query("{ disagreements(subject: \"russia\", object: \"crimea\") " + fields)
                .body("data.disagreements", hasSize(1))
                .body("data.disagreements[0].predicate", equalTo("CONTROLS"))
                .body("data.disagreements[0].property", equalTo(null))
                .body("data.disagreements[0].claims.sources.id", contains(contains("partisan-report-2026-02-20"),
                        contains(GENEVA)));
        query("{ disagreements(subject: \"geneva-talks-2026-02\") " + fields)
                .body("data.disagreements", hasSize(1))
                .body("data.disagreements[0].property", equalTo("endDate"))
                .body("data.disagreements[0].object", equalTo(null))
                .body("data.disagreements[0].values.value", contains("2026-02-19", "2026-02-18"))
                .body("data.disagreements[0].values[1].sources.id", contains(GENEVA));
        query("{ disagreements(predicate: SERVES, subject: \"russia\") { subject { id } } }")
                .body("data.disagreements", empty());
    }

    @Test
    @Order(6)
    void theSameClaimFromAnotherReportIsOneClaimWithBothSources() {
        importBundle(REPEAT);
        query(crimea("", ""))
                .body(CONTROL, hasSize(2))
                .body(CONTROL + ".find { it.extent == 'FULL' }.sources.id", contains("digest-2026-02-24", GENEVA));
    }

    @Test
    @Order(7)
    void anImportThatRepeatsAClaimChangesNothing() {
        String before = Snapshot.ofGraph();
        importBundle(REPEAT);
        importBundle(PARTISANS);
        assertEquals(before, Snapshot.ofGraph());
    }

    @Test
    @Order(8)
    void retractingOneSourceLeavesTheOthers() {
        query("mutation { unlink(input: {type: CONTROLS, from: \"russia\", to: \"crimea\", "
                + "sources: [\"" + GENEVA + "\", \"partisan-report-2026-02-20\"]}) }")
                .body("data.unlink", equalTo(2));
        query(crimea("", ""))
                .body(CONTROL + ".extent", contains("FULL"))
                .body(CONTROL + "[0].sources.id", contains("digest-2026-02-24"))
                .body(CONTROL + "[0].note", notNullValue());
    }

    @Test
    @Order(9)
    void theExportKeepsEveryClaimWithItsOwnSources() {
        String bundle = given().get("/bundles/export").then().statusCode(200).extract().asString();
        assertEquals(1, count(bundle, "\"note\":\"Occupied; seized before the 2022 invasion.\""), bundle);
        assertEquals(1, count(bundle, "\"statedBy\":[{\"sources\":[\"geneva-report-2026-02-17\"],"
                + "\"name\":\"Geneva peace talks, February 2026\""), bundle);
        assertEquals(1, count(bundle, "{\"sources\":[\"partisan-report-2026-02-20\"],\"properties\":"
                + "{\"endDate\":\"2026-02-19\"}}"), bundle);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
