package io.accordgraph.bundle;

import static io.accordgraph.GraphQL.post;
import static io.accordgraph.GraphQL.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.accordgraph.Editor;
import io.accordgraph.FreshGraphProfile;
import io.accordgraph.Snapshot;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@TestProfile(FreshGraphProfile.class)
class BundleImportTest {

    /** The next report's facts: a new source, a new person, his role and membership, citing two sources. */
    private static final String NEXT_REPORT = """
            {"format": "accord-graph/fact-bundle@1",
             "sources": [{"id": "report-2026-02-25", "name": "Report of 25 February", "publishedAt": "2026-02-25"}],
             "entities": [
               {"type": "Person", "id": "andriy-yermak", "name": "Andriy Yermak", "aliases": ["Yermak"],
                "sources": ["report-2026-02-25"]}],
             "relationships": [
               {"type": "SERVES", "from": "andriy-yermak", "to": "ukraine", "properties": {"title": "Adviser"},
                "since": "2026-02-01", "sources": ["report-2026-02-25"]},
               {"type": "MEMBER_OF", "from": "andriy-yermak", "to": "ukrainian-delegation",
                "sources": ["report-2026-02-25", "geneva-report-2026-02-17"]}]}
            """;

    private static ValidatableResponse postBundle(String json) {
        return Editor.given().contentType(ContentType.JSON).body(json).when().post("/bundles").then();
    }

    @Test
    void aPostedBundleCanBeQueriedAtOnceWithItsSources() {
        postBundle(NEXT_REPORT).statusCode(200);

        query("{ persons { id roles { title since sources { id } } memberOf { id } } "
                + "entity(id: \"andriy-yermak\") { facts { predicate sources { id } } } }")
                .body("data.persons.find { it.id == 'andriy-yermak' }.roles[0].title", equalTo("Adviser"))
                .body("data.persons.find { it.id == 'andriy-yermak' }.roles[0].since", equalTo("2026-02-01"))
                .body("data.persons.find { it.id == 'andriy-yermak' }.memberOf.id", contains("ukrainian-delegation"))
                .body("data.entity.facts.find { it.predicate == 'MEMBER_OF' }.sources.id",
                        containsInAnyOrder("report-2026-02-25", "geneva-report-2026-02-17"));
    }

    @Test
    void importingTheSameBundleTwiceChangesNothing() {
        postBundle(NEXT_REPORT).statusCode(200);
        String before = Snapshot.ofGraph();

        postBundle(NEXT_REPORT).statusCode(200)
                .body("nodesCreated", equalTo(0))
                .body("relationshipsCreated", equalTo(0));

        assertEquals(before, Snapshot.ofGraph());
    }

    @Test
    void curlsDefaultFormContentTypeIsRefusedSoThatNoPageOfAnotherSiteCanPostABundle() {
        String before = Snapshot.ofGraph();
        Editor.given().contentType(ContentType.URLENC).body(NEXT_REPORT).when().post("/bundles").then()
                .statusCode(415).body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        assertEquals(before, Snapshot.ofGraph());
    }

    @Test
    void aBundleWithOneBadFactWritesNothingAndListsEveryProblemWithItsPath() {
        String before = Snapshot.ofGraph();

        postBundle("""
                {"format": "accord-graph/fact-bundle@1",
                 "entities": [
                   {"type": "Person", "id": "good-one", "name": "Good One", "sources": ["geneva-report-2026-02-17"]},
                   {"type": "Person", "id": "good-two", "name": "Good Two", "sources": ["geneva-report-2026-02-17"]},
                   {"type": "Person", "id": "good-one", "name": "Twin", "sources": ["geneva-report-2026-02-17"]},
                   {"type": "Person", "id": "blank", "name": "", "sources": ["geneva-report-2026-02-17"]}],
                 "relationships": [
                   {"type": "MEMBER_OF", "from": "good-one", "to": "russian-delegation", "since": "Feb 2026",
                    "sources": ["geneva-report-2026-02-17"]}]}
                """)
                .statusCode(400)
                .body("code", equalTo("VALIDATION"))
                .body("problems.collect { it.path + ': ' + it.message }", hasItems(
                        startsWith("entities[2].id: 'good-one' is declared more than once"),
                        startsWith("entities[3].name: must not be blank"),
                        startsWith("relationships[0].since: must be an ISO date")));

        assertEquals(before, Snapshot.ofGraph());
    }

    @Test
    void invalidJsonIsRefusedWithWhereItBreaks() {
        String before = Snapshot.ofGraph();

        postBundle("{\"format\": \"accord-graph/fact-bundle@1\", \"entities\": [")
                .statusCode(400)
                .body("code", equalTo("VALIDATION"))
                .body("message", startsWith("bundle: not valid JSON at line 1"));

        assertEquals(before, Snapshot.ofGraph());
    }

    @Test
    void aMisspeltFieldIsRefusedRatherThanDropped() {
        postBundle("{\"format\": \"accord-graph/fact-bundle@1\", \"entites\": []}")
                .statusCode(400)
                .body("problems[0].path", equalTo("entites"))
                .body("problems[0].message", startsWith("unknown field; allowed:"));
    }

    @Test
    void theImportMutationTakesTheSamePath() {
        post("mutation($b: String!) { importBundle(bundle: $b) { nodesCreated } }",
                Map.of("b", NEXT_REPORT.replace("\"name\": \"Andriy Yermak\"", "\"name\": \" \"")))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].extensions.problems.path", hasItem("entities[0].name"));

        query("mutation($b: String!) { importBundle(bundle: $b) { relationshipsCreated } }", Map.of("b", NEXT_REPORT));
        query("{ entity(id: \"andriy-yermak\") { name } }").body("data.entity.name", equalTo("Andriy Yermak"));
    }

    @Test
    void theSeedAndTheExportConformToThePublishedSchemaAndABadBundleDoesNot() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(json.readTree(given().get("/bundles/schema.json").then().statusCode(200).extract()
                        .asString()));
        try (InputStream seed = getClass().getClassLoader().getResourceAsStream("seed/geneva-talks-2026-02-17.json")) {
            assertEquals(Set.of(), schema.validate(json.readTree(seed)));
        }
        assertEquals(Set.of(), schema.validate(json.readTree(Snapshot.ofGraph())));

        Set<ValidationMessage> problems = schema.validate(json.readTree("""
                {"format": "accord-graph/fact-bundle@1",
                 "entities": [{"type": "Person", "id": "Not A Slug", "sources": []}],
                 "relationships": [{"type": "CONTROLS", "from": "russia", "to": "crimea", "sources": ["x"],
                                    "properties": {"extent": "MOST"}}]}"""));
        assertThat(problems.size(), greaterThanOrEqualTo(3));
    }

    @Test
    void theSchemaOfTheFormatIsPublished() {
        given().when().get("/bundles/schema.json").then().statusCode(200)
                .body("properties.format.const", equalTo("accord-graph/fact-bundle@1"))
                .body("$defs.Person.properties.type.const", equalTo("Person"))
                .body("$defs.SERVES.properties.properties.required", contains("title"))
                .body("$defs.CONTROLS.properties.properties.properties.extent.enum", hasItems("FULL", "PARTIAL"));
    }
}
