package io.accordgraph.write;

import static io.accordgraph.GraphQL.post;
import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.accordgraph.FreshGraphProfile;
import io.accordgraph.GraphWrites;
import io.accordgraph.Snapshot;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A mutation is validated against the kinds the server remembers of its ids, and its write checks them in the graph.
 * Nodes created or deleted behind the server's back (another server, a Cypher shell) are what the graph says, not
 * what the server remembered.
 */
@QuarkusTest
@TestProfile(FreshGraphProfile.class)
class KindsChangedElsewhereTest {

    private static final String REPORT = "geneva-report-2026-02-17";

    @Inject
    Driver driver;

    @Test
    void aMutationDocumentIsOneStatementWhenTheServerKnowsItsIds() {
        query("mutation { upsertPerson(input: {id: \"known-ids\", name: \"Known Ids\", sources: [\"" + REPORT
                + "\"]}) { id } link(input: {type: MEMBER_OF, from: \"known-ids\", to: \"russian-delegation\", "
                + "sources: [\"" + REPORT + "\"]}) { object { id } } }")
                .body("data.link.object.id", equalTo("russian-delegation"))
                .body("extensions.cypherStatements", equalTo(1));
    }

    @Test
    void aDocumentWhoseNodeWasCreatedElsewhereIsWrittenFieldByFieldAfterALookup() {
        GraphWrites.write(driver, "CREATE (:Person:Entity {id: 'also-made-elsewhere', name: 'Made Elsewhere', "
                + "nameKey: 'made elsewhere'})", Map.of());

        // The server takes the id for a new one; the document's statement finds it and writes nothing, then each
        // field is written after a lookup, as the update it is.
        query("mutation { upsertPerson(input: {id: \"also-made-elsewhere\", name: \"Named Here\", sources: [\""
                + REPORT + "\"]}) { name } link(input: {type: MEMBER_OF, from: \"also-made-elsewhere\", to: "
                + "\"russian-delegation\", sources: [\"" + REPORT + "\"]}) { subject { name } } }")
                .body("data.upsertPerson.name", equalTo("Named Here"))
                .body("data.link.subject.name", equalTo("Named Here"))
                .body("extensions.cypherStatements", equalTo(5));
        query("{ entity(id: \"also-made-elsewhere\") { ... on Person { memberOf { id } } } }")
                .body("data.entity.memberOf.id", contains("russian-delegation"));
    }

    @Test
    void aDocumentLinkingToANodeDeletedElsewhereIsRefusedAtThatField() {
        query("mutation { upsertDelegation(input: {id: \"deleted-delegation\", name: \"Deleted\", sources: [\""
                + REPORT + "\"]}) { id } }").body("data.upsertDelegation.id", equalTo("deleted-delegation"));
        GraphWrites.write(driver, "MATCH (n {id: 'deleted-delegation'}) DETACH DELETE n", Map.of());
        String before = Snapshot.ofGraph();

        post("mutation { upsertPerson(input: {id: \"joins-deleted\", name: \"Joins Deleted\", sources: [\""
                + REPORT + "\"]}) { id } link(input: {type: MEMBER_OF, from: \"joins-deleted\", to: "
                + "\"deleted-delegation\", sources: [\"" + REPORT + "\"]}) { predicate } }", Map.of())
                .body("data", nullValue())
                .body("errors.size()", equalTo(1))
                .body("errors[0].path", contains("link"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.problems[0].path", equalTo("input.to"));
        assertEquals(before, Snapshot.ofGraph());
    }

    @Test
    void aPersonDeletedElsewhereIsNotLinkedTo() {
        query("mutation { upsertPerson(input: {id: \"gone-elsewhere\", name: \"Gone Elsewhere\", sources: [\"" + REPORT
                + "\"]}) { id } }").body("data.upsertPerson.id", equalTo("gone-elsewhere"));
        GraphWrites.write(driver, "MATCH (n {id: 'gone-elsewhere'}) DETACH DELETE n", Map.of());
        String before = Snapshot.ofGraph();

        String link = "mutation { link(input: {type: MEMBER_OF, from: \"gone-elsewhere\", to: "
                + "\"russian-delegation\", sources: [\"" + REPORT + "\"]}) { predicate } }";
        for (int attempt = 0; attempt < 2; attempt++) {
            post(link, Map.of())
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                    .body("errors[0].extensions.problems[0].path", equalTo("input.from"));
        }
        assertEquals(before, Snapshot.ofGraph());
    }

    @Test
    void aPersonCreatedElsewhereIsUpdatedWithoutItsName() {
        GraphWrites.write(driver, "CREATE (:Person:Entity {id: 'made-elsewhere', name: 'Made Elsewhere', "
                + "nameKey: 'made elsewhere'})", Map.of());

        query("mutation { upsertPerson(input: {id: \"made-elsewhere\", aliases: [\"M. Elsewhere\"], sources: [\""
                + REPORT + "\"]}) { name aliases } }")
                .body("data.upsertPerson.name", equalTo("Made Elsewhere"))
                .body("data.upsertPerson.aliases[0]", equalTo("M. Elsewhere"));
    }

    @Test
    void anIdTakenElsewhereByAnotherKindIsAConflict() {
        GraphWrites.write(driver, "CREATE (:Source:Entity {id: 'taken-elsewhere', name: 'Taken Elsewhere', "
                + "nameKey: 'taken elsewhere'})", Map.of());
        String before = Snapshot.ofGraph();

        post("mutation { upsertPerson(input: {id: \"taken-elsewhere\", name: \"A Person\", sources: [\"" + REPORT
                + "\"]}) { id } }", Map.of())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", containsString("is a Source in the graph and cannot become a Person"));
        assertEquals(before, Snapshot.ofGraph());
    }
}
