package io.accordgraph.write;

import static io.accordgraph.GraphQL.post;
import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.accordgraph.FreshGraphProfile;
import io.accordgraph.Searchable;
import io.accordgraph.Snapshot;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(FreshGraphProfile.class)
class EntityMutationsTest {

    private static final String REPORT = "geneva-report-2026-02-17";

    @Test
    void aNewPersonWithAnInlineSourceCanBeQueriedAtOnceWithThatSource() {
        query("""
                mutation { upsertPerson(input: {id: "olga-stefanishyna", name: "Olga Stefanishyna",
                  aliases: ["Stefanishyna"], newSources: [{id: "report-2026-02-24", name: "Report of 24 February",
                  publishedAt: "2026-02-24", publisher: "Example News"}]}) { id name } }""")
                .body("data.upsertPerson.name", equalTo("Olga Stefanishyna"));

        query("{ entity(id: \"olga-stefanishyna\") { ... on Person { name aliases sources { id publisher "
                + "publishedAt } } } }")
                .body("data.entity.aliases", contains("Stefanishyna"))
                .body("data.entity.sources.id", contains("report-2026-02-24"))
                .body("data.entity.sources[0].publisher", equalTo("Example News"))
                .body("data.entity.sources[0].publishedAt", equalTo("2026-02-24"));
    }

    @Test
    void eachFieldOfADocumentAnswersWhatTheDocumentHadWrittenByThen() {
        // One statement writes the three fields; each answer is read right after its own field's write.
        query("""
                mutation {
                  first: upsertPerson(input: {id: "serial-answers", name: "First Name", sources: ["%1$s"]}) {
                    name memberOf { id } }
                  link(input: {type: MEMBER_OF, from: "serial-answers", to: "russian-delegation", sources: ["%1$s"]}) {
                    subject { name } }
                  second: upsertPerson(input: {id: "serial-answers", name: "Second Name", sources: ["%1$s"]}) {
                    name memberOf { id } } }""".formatted(REPORT))
                .body("data.first.name", equalTo("First Name"))
                .body("data.first.memberOf", hasSize(0))
                .body("data.link.subject.name", equalTo("First Name"))
                .body("data.second.name", equalTo("Second Name"))
                .body("data.second.memberOf.id", contains("russian-delegation"))
                .body("extensions.cypherStatements", equalTo(1));
    }

    @Test
    void theSameUpsertTwiceChangesNothing() {
        String upsert = """
                mutation { upsertIssue(input: {id: "prisoner-exchange", name: "Prisoner exchange",
                  description: "Exchange of prisoners of war", sources: ["%s"]}) { id } }""".formatted(REPORT);
        query(upsert);
        String before = Snapshot.ofGraph();

        query(upsert);

        assertEquals(before, Snapshot.ofGraph());
    }

    @Test
    void anUpdateChangesOnlyTheFieldsItGivesAndAddsItsSource() {
        query("""
                mutation { upsertTalks(input: {id: "abu-dhabi-round", name: "Abu Dhabi round", location: "Abu Dhabi",
                  startDate: "2026-01-23", sources: ["%s"]}) { id } }""".formatted(REPORT));

        query("""
                mutation { upsertTalks(input: {id: "abu-dhabi-round", description: "Trilateral talks",
                  newSources: [{id: "abu-dhabi-report", name: "Report on the Abu Dhabi round"}]}) {
                  name location startDate description sources { id } } }""")
                .body("data.upsertTalks.name", equalTo("Abu Dhabi round"))
                .body("data.upsertTalks.location", equalTo("Abu Dhabi"))
                .body("data.upsertTalks.startDate", equalTo("2026-01-23"))
                .body("data.upsertTalks.description", equalTo("Trilateral talks"))
                .body("data.upsertTalks.sources.id", contains("abu-dhabi-report", REPORT));
    }

    @Test
    void everyKindOfNodeCanBeCreated() {
        query("""
                mutation {
                  state: upsertState(input: {id: "turkey", name: "Turkey", aliases: ["Ankara"], sources: ["%1$s"]}) { id }
                  delegation: upsertDelegation(input: {id: "us-delegation", name: "US delegation", sources: ["%1$s"]}) { id }
                  group: upsertWorkingGroup(input: {id: "humanitarian-group", name: "Humanitarian group",
                    focus: "Prisoners", sources: ["%1$s"]}) { id }
                  asset: upsertDisputedAsset(input: {id: "kinburn-spit", name: "Kinburn Spit", kind: TERRITORY,
                    sources: ["%1$s"]}) { id }
                  position: upsertPosition(input: {id: "turkey-offers-venue", name: "Turkey offers a venue",
                    holder: "turkey", stance: PROPOSES, summary: "Istanbul as a venue", date: "2026-02-18",
                    concerns: "kinburn-spit", sources: ["%1$s"]}) { id stance date }
                  statement: upsertStatement(input: {id: "turkey-statement", name: "Turkey on the talks",
                    speaker: "turkey", kind: REMARK, text: "We stand ready.", quoted: true, about: ["kinburn-spit"],
                    sources: ["%1$s"]}) { id quoted }
                  source: upsertSource(input: {id: "anadolu-dispatch", name: "Anadolu dispatch", citedIn: ["%1$s"]}) { id }
                }""".formatted(REPORT))
                .body("data.position.stance", equalTo("PROPOSES"))
                .body("data.statement.quoted", equalTo(true));

        query("{ states { id positions { id concerns { ... on DisputedAsset { id } } } "
                + "statements { id about { id } } } }")
                .body("data.states.find { it.id == 'turkey' }.positions.id", contains("turkey-offers-venue"))
                .body("data.states.find { it.id == 'turkey' }.positions[0].concerns.id", equalTo("kinburn-spit"))
                .body("data.states.find { it.id == 'turkey' }.statements[0].about.id", contains("kinburn-spit"));
        query("{ entity(id: \"humanitarian-group\") { ... on WorkingGroup { focus } } }")
                .body("data.entity.focus", equalTo("Prisoners"));
    }

    @Test
    void anAliasAddedByAnUpdateIsFoundBySearchWithinTheRefreshInterval() {
        query("""
                mutation { upsertDisputedAsset(input: {id: "zaporizhzhia-nuclear-power-plant", aliases: ["ZNPP"],
                  newSources: [{id: "plant-report", name: "Report on the plant"}]}) { aliases } }""")
                .body("data.upsertDisputedAsset.aliases", contains("ZNPP"));
        long written = System.nanoTime();

        Duration lag = Searchable.await("znpp", "zaporizhzhia-nuclear-power-plant");

        // The README's bound: the refresh interval (1 s by default), plus the moment Neo4j takes to apply the update.
        Duration bound = ConfigProvider.getConfig().getValue("accord.neo4j.embedded.search-refresh", Duration.class)
                .plusSeconds(1);
        assertTrue(lag.compareTo(bound) <= 0, "found after " + lag + ", more than " + bound);
        assertTrue(Duration.ofNanos(System.nanoTime() - written).compareTo(bound.plusSeconds(1)) <= 0);
    }

    @Test
    void aNewHolderReplacesThePositionsPreviousHolder() {
        String position = """
                mutation { upsertPosition(input: {id: "moved-position", name: "Moved position", holder: "%s",
                  concerns: "crimea", sources: ["%s"]}) { id } }""";
        query(position.formatted("russia", REPORT));

        query(position.formatted("ukraine", REPORT));

        query("{ entity(id: \"moved-position\") { ... on Position { holder { id } concerns { id } } } "
                + "states { id positions { id } } }")
                .body("data.entity.holder.id", equalTo("ukraine"))
                .body("data.entity.concerns.id", equalTo("crimea"))
                .body("data.states.find { it.id == 'russia' }.positions.id", not(hasItem("moved-position")));
    }

    @Test
    void deletingAnEntityRemovesItsRelationships() {
        query("""
                mutation { upsertPerson(input: {id: "short-lived", name: "Short Lived", sources: ["%1$s"]}) { id }
                  link(input: {type: MEMBER_OF, from: "short-lived", to: "russian-delegation", sources: ["%1$s"]}) {
                  predicate } }""".formatted(REPORT));

        query("mutation { deleteEntity(id: \"short-lived\") { id type relationshipsRemoved } }")
                .body("data.deleteEntity.type", equalTo("PERSON"))
                .body("data.deleteEntity.relationshipsRemoved", equalTo(2));

        query("{ entity(id: \"short-lived\") { id } delegations { id members { id } } }")
                .body("data.entity", nullValue())
                .body("data.delegations.members.flatten().id", not(hasItem("short-lived")));
    }

    @Test
    void aSourceThatFactsStillCiteCannotBeDeleted() {
        String before = Snapshot.ofGraph();

        post("mutation { deleteEntity(id: \"sputnik-russian-delegation-flight\") { id } }")
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", startsWith("id: source 'sputnik-russian-delegation-flight' is cited by 1 "
                        + "fact(s)"));

        assertEquals(before, Snapshot.ofGraph());
    }

    @Test
    void aSourceCitedAMomentAgoCannotBeDeleted() {
        query("""
                mutation { link(input: {type: MEMBER_OF, from: "vladimir-medinsky", to: "russian-delegation",
                  newSources: [{id: "fresh-report", name: "Fresh report"}]}) { predicate } }""");
        String before = Snapshot.ofGraph();

        post("mutation { deleteEntity(id: \"fresh-report\") { id } }")
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", startsWith("id: source 'fresh-report' is cited by 1 fact(s)"));

        assertEquals(before, Snapshot.ofGraph());
    }

    @Test
    void aSourceNothingCitesCanBeDeleted() {
        query("mutation { upsertSource(input: {id: \"unused-report\", name: \"Unused\"}) { id } }");

        query("mutation { deleteEntity(id: \"unused-report\") { type relationshipsRemoved } }")
                .body("data.deleteEntity.type", equalTo("SOURCE"))
                .body("data.deleteEntity.relationshipsRemoved", equalTo(0));
    }

    @Test
    void deletingAnUnknownIdIsNotFound() {
        post("mutation { deleteEntity(id: \"no-such-entity\") { id } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].extensions.problems[0].path", equalTo("id"));
    }
}
