package io.accordgraph.write;

import static io.accordgraph.GraphQL.post;
import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.accordgraph.FreshGraphProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(FreshGraphProfile.class)
class LinkMutationsTest {

    private static final String REPORT = "geneva-report-2026-02-17";

    @BeforeEach
    void anEnvoy() {
        query("""
                mutation { upsertPerson(input: {id: "envoy", name: "Envoy", sources: ["%1$s"]}) { id }
                  upsertDelegation(input: {id: "turkish-delegation", name: "Turkish delegation", sources: ["%1$s"]}) { id }
                  upsertState(input: {id: "turkey", name: "Turkey", sources: ["%1$s"]}) { id } }""".formatted(REPORT));
    }

    @Test
    void aLinkSeesWhatEarlierFieldsOfItsDocumentWrote() {
        query("""
                mutation { upsertPerson(input: {id: "aide", name: "Aide", sources: ["%1$s"]}) { id }
                  upsertDelegation(input: {id: "aides", name: "Aides", sources: ["%1$s"]}) { id }
                  link(input: {type: MEMBER_OF, from: "aide", to: "aides", sources: ["%1$s"]}) {
                    subject { id } object { id } } }""".formatted(REPORT))
                .body("data.link.subject.id", equalTo("aide"))
                .body("data.link.object.id", equalTo("aides"));
        query("{ persons(where: {id: {eq: \"aide\"}}) { memberOf { id } } }")
                .body("data.persons[0].memberOf.id", contains("aides"));
    }

    @Test
    void headAndMemberOfADelegationAtTalks() {
        query("""
                mutation {
                  head: link(input: {type: HEADS, from: "envoy", to: "turkish-delegation", sources: ["%1$s"]}) { predicate }
                  member: link(input: {type: MEMBER_OF, from: "envoy", to: "turkish-delegation", sources: ["%1$s"]}) { predicate }
                  represents: link(input: {type: REPRESENTS, from: "turkish-delegation", to: "turkey", sources: ["%1$s"]}) { predicate }
                  atTalks: link(input: {type: PARTICIPATES_IN, from: "turkish-delegation", to: "geneva-talks-2026-02",
                    sources: ["%1$s"]}) { predicate }
                  sponsor: link(input: {type: SPONSORS, from: "turkey", to: "geneva-talks-2026-02", sources: ["%1$s"]}) { predicate }
                }""".formatted(REPORT))
                // Five answers of one selection, each read by a statement of its own fact's type.
                .body("data.head.predicate", equalTo("HEADS"))
                .body("data.member.predicate", equalTo("MEMBER_OF"))
                .body("data.represents.predicate", equalTo("REPRESENTS"))
                .body("data.atTalks.predicate", equalTo("PARTICIPATES_IN"))
                .body("data.sponsor.predicate", equalTo("SPONSORS"));

        query("{ delegations { id head { id } members { id } state { id } talks { id } } "
                + "talks { id sponsors { id } } }")
                .body("data.delegations.find { it.id == 'turkish-delegation' }.head.id", equalTo("envoy"))
                .body("data.delegations.find { it.id == 'turkish-delegation' }.members.id", contains("envoy"))
                .body("data.delegations.find { it.id == 'turkish-delegation' }.state.id", equalTo("turkey"))
                .body("data.delegations.find { it.id == 'turkish-delegation' }.talks.id",
                        contains("geneva-talks-2026-02"))
                .body("data.talks.find { it.id == 'geneva-talks-2026-02' }.sponsors.id", hasItem("turkey"));
    }

    @Test
    void aRoleWithTitleAndDatesAndASecondSourceForTheSameFact() {
        String role = """
                mutation { link(input: {type: SERVES, from: "envoy", to: "turkey", title: "Special envoy",
                  since: "2025-06-01", until: "2026-03-01", %s}) {
                  subject { id } predicate object { id } since until attributes { key value } sources { id } } }""";
        query(role.formatted("sources: [\"" + REPORT + "\"]"))
                .body("data.link.since", equalTo("2025-06-01"))
                .body("data.link.until", equalTo("2026-03-01"))
                .body("data.link.attributes.value", contains("Special envoy"));

        query(role.formatted("newSources: [{id: \"envoy-profile\", name: \"Profile of the envoy\"}]"))
                .body("data.link.sources.id", containsInAnyOrder(REPORT, "envoy-profile"));

        query("{ persons { id roles { title since until sources { id } } } }")
                .body("data.persons.find { it.id == 'envoy' }.roles.title", contains("Special envoy"))
                .body("data.persons.find { it.id == 'envoy' }.roles[0].sources.id",
                        containsInAnyOrder(REPORT, "envoy-profile"));
    }

    @Test
    void controlAndClaimWithTheirProperties() {
        query("""
                mutation { upsertDisputedAsset(input: {id: "snake-island", name: "Snake Island", kind: TERRITORY,
                    sources: ["%1$s"]}) { id }
                  control: link(input: {type: CONTROLS, from: "turkey", to: "snake-island", extent: PARTIAL,
                    share: "half", since: "2026-01-01", sources: ["%1$s"]}) { predicate }
                  claim: link(input: {type: CLAIMS, from: "turkey", to: "snake-island", basis: "History",
                    sources: ["%1$s"]}) { predicate } }""".formatted(REPORT));

        query("{ disputedAssets { id controlledBy { state { id } extent share since } claimedBy { state { id } "
                + "basis } } }")
                .body("data.disputedAssets.find { it.id == 'snake-island' }.controlledBy[0].extent",
                        equalTo("PARTIAL"))
                .body("data.disputedAssets.find { it.id == 'snake-island' }.controlledBy[0].since",
                        equalTo("2026-01-01"))
                .body("data.disputedAssets.find { it.id == 'snake-island' }.claimedBy[0].basis", equalTo("History"));
    }

    @Test
    void workingGroupMembershipAndItsTalks() {
        query("""
                mutation { upsertWorkingGroup(input: {id: "envoy-group", name: "Envoy group", sources: ["%1$s"]}) { id }
                  member: link(input: {type: MEMBER_OF, from: "envoy", to: "envoy-group", sources: ["%1$s"]}) { predicate }
                  partOf: link(input: {type: PART_OF, from: "envoy-group", to: "geneva-talks-2026-02",
                    sources: ["%1$s"]}) { predicate } }""".formatted(REPORT));

        query("{ workingGroups { id members { id } talks { id } } }")
                .body("data.workingGroups.find { it.id == 'envoy-group' }.members.id", contains("envoy"))
                .body("data.workingGroups.find { it.id == 'envoy-group' }.talks.id",
                        equalTo("geneva-talks-2026-02"));
    }

    @Test
    void anUnlinkAndADeleteSeeTheLinksAndNodesTheirDocumentWroteBeforeThem() {
        query("""
                mutation { upsertPerson(input: {id: "short-lived", name: "Short-lived", sources: ["%1$s"]}) { id }
                  link(input: {type: MEMBER_OF, from: "short-lived", to: "turkish-delegation", sources: ["%1$s"]}) {
                    predicate }
                  unlink(input: {type: MEMBER_OF, from: "short-lived", to: "turkish-delegation"})
                  deleteEntity(id: "short-lived") { id type } }""".formatted(REPORT))
                .body("data.unlink", equalTo(1))
                .body("data.deleteEntity.type", equalTo("PERSON"));
        query("{ entity(id: \"short-lived\") { id } }").body("data.entity", nullValue());
    }

    @Test
    void unlinkRemovesTheFactAndAnUnknownFactIsNotFound() {
        query("mutation { link(input: {type: MEMBER_OF, from: \"envoy\", to: \"turkish-delegation\", sources: [\""
                + REPORT + "\"]}) { predicate } }");

        query("mutation { unlink(input: {type: MEMBER_OF, from: \"envoy\", to: \"turkish-delegation\"}) }")
                .body("data.unlink", equalTo(1));
        query("{ delegations { id members { id } } }")
                .body("data.delegations.members.flatten().id", not(hasItem("envoy")));

        post("mutation { unlink(input: {type: MEMBER_OF, from: \"envoy\", to: \"turkish-delegation\"}) }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }
}
