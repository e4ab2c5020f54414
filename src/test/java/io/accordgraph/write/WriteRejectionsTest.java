package io.accordgraph.write;

import static io.accordgraph.GraphQL.post;
import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.accordgraph.FreshGraphProfile;
import io.accordgraph.Snapshot;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/** Every refusal names the field and a stable code, and leaves the graph exactly as it was. */
@QuarkusTest
@TestProfile(FreshGraphProfile.class)
class WriteRejectionsTest {

    private static final String REPORT = "geneva-report-2026-02-17";

    /** Posts the mutation, checks it was refused with the code, and that the graph did not change. */
    private static ValidatableResponse refused(String mutation, Map<String, Object> variables, String code) {
        String before = Snapshot.ofGraph();
        ValidatableResponse response = post(mutation, variables)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo(code));
        assertEquals(before, Snapshot.ofGraph(), "the graph changed although the write was refused");
        return response;
    }

    private static ValidatableResponse refused(String mutation, String code) {
        return refused(mutation, Map.of(), code);
    }

    @Test
    void aBlankNameIsRefused() {
        refused("mutation { upsertPerson(input: {id: \"blank\", name: \"  \", sources: [\"" + REPORT + "\"]}) { id } }",
                "VALIDATION")
                .body("errors[0].extensions.problems[0].path", equalTo("input.name"))
                .body("errors[0].message", containsString("must not be blank"));
    }

    @Test
    void aTenThousandCharacterNameIsRefusedWithoutEchoingIt() {
        refused("mutation($name: String) { upsertPerson(input: {id: \"long\", name: $name, sources: [\"" + REPORT
                + "\"]}) { id } }", Map.of("name", "x".repeat(10_000)), "VALIDATION")
                .body("errors[0].extensions.problems[0].path", equalTo("input.name"))
                .body("errors[0].message", containsString("a text of 10000 characters"));
    }

    @Test
    void aNewEntityWithoutANameIsRefused() {
        refused("mutation { upsertPerson(input: {id: \"nameless\", sources: [\"" + REPORT + "\"]}) { id } }",
                "VALIDATION")
                .body("errors[0].message", equalTo("input.name: is required to create 'nameless'"));
    }

    @Test
    void anUnknownSourceIsNotFound() {
        refused("mutation { upsertPerson(input: {id: \"someone\", name: \"Someone\", sources: [\"no-such-report\"]}) "
                + "{ id } }", "NOT_FOUND")
                .body("errors[0].extensions.problems[0].path", equalTo("input.sources[0]"));
    }

    @Test
    void aFactWithoutASourceIsRefused() {
        refused("mutation { link(input: {type: MEMBER_OF, from: \"igor-kostyukov\", to: \"ukrainian-delegation\"}) "
                + "{ predicate } }", "VALIDATION")
                .body("errors[0].message", equalTo("input.sources: every fact must cite at least one source"));
    }

    @Test
    void aLinkToAnUnknownIdIsNotFound() {
        refused("mutation { link(input: {type: HEADS, from: \"vladimir-medinsky\", to: \"no-such-delegation\", "
                + "sources: [\"" + REPORT + "\"]}) { predicate } }", "NOT_FOUND")
                .body("errors[0].extensions.problems[0].path", equalTo("input.to"));
    }

    @Test
    void aLinkToTheWrongKindOfNodeIsRefused() {
        refused("mutation { link(input: {type: HEADS, from: \"vladimir-medinsky\", to: \"russia\", sources: [\""
                + REPORT + "\"]}) { predicate } }", "VALIDATION")
                .body("errors[0].message", equalTo("input.to: 'russia' is a State, expected [Delegation]"));
    }

    @Test
    void aPositionHeldByAnAssetIsRefusedAtTheHolderField() {
        refused("mutation { upsertPosition(input: {id: \"odd-position\", name: \"Odd\", holder: "
                + "\"zaporizhzhia-nuclear-power-plant\", sources: [\"" + REPORT + "\"]}) { id } }", "VALIDATION")
                .body("errors[0].extensions.problems[0].path", equalTo("input.holder"));
    }

    @Test
    void anIdOfAnotherKindIsAConflict() {
        refused("mutation { upsertState(input: {id: \"vladimir-medinsky\", name: \"Medinsky state\", sources: [\""
                + REPORT + "\"]}) { id } }", "CONFLICT")
                .body("errors[0].message", containsString("is a Person in the graph and cannot become a State"));
    }

    @Test
    void anUnknownEnumValueIsRefused() {
        refused("mutation { link(input: {type: CONTROLS, from: \"russia\", to: \"crimea\", extent: MOST, sources: [\""
                + REPORT + "\"]}) { predicate } }", "VALIDATION")
                .body("errors[0].message", containsString("ControlExtent"));
    }

    @Test
    void aMalformedDateIsRefusedAtItsField() {
        refused("mutation { upsertTalks(input: {id: \"geneva-talks-2026-02\", startDate: \"17 Feb 2026\", sources: [\""
                + REPORT + "\"]}) { id } }", "VALIDATION")
                .body("errors[0].message", equalTo("input.startDate: must be an ISO date such as 2026-02-17, not "
                        + "'17 Feb 2026'"));
    }

    @Test
    void untilBeforeSinceIsRefused() {
        refused("mutation { link(input: {type: SERVES, from: \"vladimir-medinsky\", to: \"russia\", title: \"Aide\", "
                + "since: \"2026-02-17\", until: \"2025-01-01\", sources: [\"" + REPORT + "\"]}) { predicate } }",
                "VALIDATION")
                .body("errors[0].message", equalTo("input.until: 2025-01-01 is before since 2026-02-17"));
    }

    @Test
    void aRoleWithoutATitleIsRefused() {
        refused("mutation { link(input: {type: SERVES, from: \"vladimir-medinsky\", to: \"russia\", sources: [\""
                + REPORT + "\"]}) { predicate } }", "VALIDATION")
                .body("errors[0].extensions.problems[0].path", equalTo("input.title"));
    }

    @Test
    void aMutationDocumentIsWrittenWholeOrNotAtAll() {
        // The first field alone is valid; the second links to a delegation that does not exist.
        refused("mutation { upsertPerson(input: {id: \"whole-or-nothing\", name: \"Whole Or Nothing\", sources: [\""
                + REPORT + "\"]}) { id } link(input: {type: MEMBER_OF, from: \"whole-or-nothing\", to: "
                + "\"no-such-delegation\", sources: [\"" + REPORT + "\"]}) { predicate } }", "NOT_FOUND")
                .body("errors.size()", equalTo(1))
                .body("errors[0].path", equalTo(List.of("link")))
                .body("errors[0].extensions.problems[0].path", equalTo("input.to"));
    }

    @Test
    void severalProblemsAreAllListed() {
        refused("mutation { upsertStatement(input: {id: \"Bad Id\", name: \"\", speaker: \"nobody\", "
                + "date: \"yesterday\", sources: [\"" + REPORT + "\"]}) { id } }", "VALIDATION")
                .body("errors[0].extensions.problems.path",
                        containsInAnyOrder("input.id", "input.name", "input.speaker",
                                "input.date"));
    }

    @Test
    void cypherInEveryStringFieldIsStoredAsTextAndNeverRun() {
        String before = Snapshot.ofGraph();
        String injection = "x\"}) MATCH (n) DETACH DELETE n // ' `Entity` $id {}";
        Map<String, Object> input = Map.of("id", "injection-test", "name", injection, "aliases", List.of(
                injection), "text", injection, "attributedTo", injection, "speaker", "russia",
                "sources", List.of(REPORT));

        query("mutation($input: StatementInput!) { upsertStatement(input: $input) { name aliases text attributedTo } }",
                Map.of("input", input))
                .body("data.upsertStatement.name", equalTo(injection))
                .body("data.upsertStatement.aliases", hasItem(injection))
                .body("data.upsertStatement.text", equalTo(injection))
                .body("data.upsertStatement.attributedTo", equalTo(injection));
        query("mutation { deleteEntity(id: \"injection-test\") { relationshipsRemoved } }")
                .body("data.deleteEntity.relationshipsRemoved", equalTo(2));

        assertEquals(before, Snapshot.ofGraph());
    }
}
