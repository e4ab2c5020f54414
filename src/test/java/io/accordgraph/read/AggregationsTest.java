package io.accordgraph.read;

import static io.accordgraph.GraphQL.post;
import static io.accordgraph.GraphQL.query;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.accordgraph.Editor;
import io.accordgraph.EmptyGraphProfile;
import io.accordgraph.QueryPlans;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Aggregates on a generated bundle imported through POST /bundles into an empty graph: several speakers (persons and
 * states), months, kinds, stances and sources. Every figure is compared with one the test counts from the bundle
 * itself, with and without {@code where}, {@code knownAt} and {@code asOf}.
 */
@QuarkusTest
@TestProfile(AggregationsTest.Profile.class)
class AggregationsTest {

    /** A database of its own, without the seed: the bundle is the whole graph. */
    public static class Profile extends EmptyGraphProfile {
    }

    private static final List<String> PUBLISHED = List.of("2026-01-10", "2026-02-10", "2026-03-10", "2026-04-10");
    private static final List<String> MONTHS = List.of("2025-11", "2025-12", "2026-01", "2026-02", "2026-03");
    private static final List<String> STANCES = List.of("DEMANDS", "REJECTS", "PROPOSES", "SUPPORTS");
    private static final int PERSONS = 5;
    private static final int STATEMENTS = 60;
    private static final int POSITIONS = 21;
    private static final String KNOWN_AT = "2026-02-28";

    /** A statement of the bundle: what the test counts. */
    private record Said(String id, String kind, String date, String speaker, int source, String about) {
    }

    /** A position of the bundle. */
    private record Held(String id, String stance, String date, String holder, int source) {
    }

    /** A membership of the delegation, with its dates. */
    private record Member(String person, String since, String until, int source) {
    }

    /** A fact of the bundle: its type and the source it cites. */
    private record Stated(String type, int source) {
    }

    private static final List<Said> SAID = new ArrayList<>();
    private static final List<Held> HELD = new ArrayList<>();
    private static final List<Member> MEMBERS = new ArrayList<>();
    private static final List<Stated> FACTS = new ArrayList<>();
    /** The source each entity cites. */
    private static final Map<String, Integer> CITES = new HashMap<>();
    private static final Map<String, Object> BUNDLE = bundle();
    private static boolean imported;

    @Inject
    QueryPlans plans;

    @BeforeEach
    void importOnce() {
        if (!imported) {
            Editor.given().contentType(ContentType.JSON).body(BUNDLE).when().post("/bundles").then()
                    .log().ifValidationFails().statusCode(200);
            imported = true;
        }
    }

    private static Map<String, Object> bundle() {
        List<Map<String, Object>> sources = new ArrayList<>();
        for (int i = 0; i < PUBLISHED.size(); i++) {
            sources.add(Map.of("id", "src-" + i, "name", "Report " + i, "publishedAt", PUBLISHED.get(i)));
        }
        List<Map<String, Object>> entities = new ArrayList<>();
        List<Map<String, Object>> relationships = new ArrayList<>();
        for (int i = 0; i < PERSONS; i++) {
            entities.add(entity("Person", "p-" + i, "Speaker " + i, i % 4, Map.of()));
        }
        for (int i = 0; i < 2; i++) {
            entities.add(entity("State", "st-" + i, "State " + i, 0, Map.of()));
            entities.add(entity("Issue", "topic-" + i, "Topic " + i, 0, Map.of()));
        }
        entities.add(entity("Delegation", "del-0", "Delegation 0", 0, Map.of()));
        for (int i = 0; i < STATEMENTS; i++) {
            String date = i % 13 == 0 ? null : MONTHS.get(i % 5) + "-" + String.format("%02d", 1 + i % 28);
            String speaker = i % 10 == 9 ? null : i % 7 == 0 ? "st-" + i % 2 : "p-" + i % PERSONS;
            Said said = new Said("stmt-" + i, i % 3 == 0 ? "ACCUSATION" : "REMARK", date, speaker, i % 4,
                    "topic-" + i % 2);
            SAID.add(said);
            Map<String, Object> properties = new LinkedHashMap<>(Map.of("kind", said.kind(), "text", "Said " + i));
            if (date != null) {
                properties.put("date", date);
            }
            entities.add(entity("Statement", said.id(), "Statement " + i, said.source(), properties));
            if (speaker != null) {
                relationships.add(link("MADE", speaker, said.id(), said.source(), null, null));
            }
            relationships.add(link("ABOUT", said.id(), said.about(), said.source(), null, null));
        }
        // Two reports later than the others name two speakers of one statement: it counts under the one its speaker
        // field shows, the first by name (Speaker 3 before State 0).
        Said both = new Said("stmt-both", "REMARK", "2026-03-03", "p-3", 3, "topic-1");
        SAID.add(both);
        entities.add(entity("Statement", both.id(), "Statement with two speakers", both.source(),
                Map.of("kind", both.kind(), "text", "Said twice", "date", both.date())));
        relationships.add(link("MADE", "p-3", both.id(), both.source(), null, null));
        relationships.add(link("MADE", "st-0", both.id(), both.source(), null, null));
        relationships.add(link("ABOUT", both.id(), both.about(), both.source(), null, null));
        for (int i = 0; i < POSITIONS; i++) {
            String date = i % 5 == 0 ? null : "2026-0" + (1 + i % 3) + "-15";
            Held held = new Held("pos-" + i, STANCES.get(i % 4), date, i % 3 == 0 ? "p-" + i % PERSONS : "st-" + i % 2,
                    i % 4);
            HELD.add(held);
            Map<String, Object> properties = new LinkedHashMap<>(Map.of("stance", held.stance(),
                    "summary", "Held " + i));
            if (date != null) {
                properties.put("date", date);
            }
            entities.add(entity("Position", held.id(), "Position " + i, held.source(), properties));
            relationships.add(link("TAKES", held.holder(), held.id(), held.source(), null, null));
        }
        for (int i = 0; i < PERSONS; i++) {
            Member member = new Member("p-" + i, "2026-0" + (1 + i % 3) + "-01", i == 4 ? "2026-02-10" : null,
                    3 - i % 4);
            MEMBERS.add(member);
            relationships.add(link("MEMBER_OF", member.person(), "del-0", member.source(), member.since(),
                    member.until()));
        }
        return Map.of("format", "accord-graph/fact-bundle@1", "sources", sources, "entities", entities,
                "relationships", relationships);
    }

    private static Map<String, Object> entity(String type, String id, String name, int source,
            Map<String, Object> properties) {
        CITES.put(id, source);
        return Map.of("type", type, "id", id, "name", name, "sources", List.of("src-" + source),
                "properties", properties);
    }

    private static Map<String, Object> link(String type, String from, String to, int source, String since,
            String until) {
        FACTS.add(new Stated(type, source));
        Map<String, Object> link = new LinkedHashMap<>(Map.of("type", type, "from", from, "to", to,
                "sources", List.of("src-" + source)));
        if (since != null) {
            link.put("since", since);
        }
        if (until != null) {
            link.put("until", until);
        }
        return link;
    }

    /** Whether the entity was known on {@link #KNOWN_AT}: its source was published by then. */
    private static boolean known(String id) {
        return id != null && PUBLISHED.get(CITES.get(id)).compareTo(KNOWN_AT) <= 0;
    }

    private static boolean knownSource(int source) {
        return PUBLISHED.get(source).compareTo(KNOWN_AT) <= 0;
    }

    private static String month(String date) {
        return date == null ? null : date.substring(0, 7);
    }

    private static Optional<String> min(List<String> dates) {
        return dates.stream().filter(Objects::nonNull).min(Comparator.naturalOrder());
    }

    private static Optional<String> max(List<String> dates) {
        return dates.stream().filter(Objects::nonNull).max(Comparator.naturalOrder());
    }

    /** How many of {@code all} fall under each key, as the answer's groups list them: {@code key -> count}. */
    private static <T> Map<List<String>, Integer> counted(List<T> all, Function<T, List<String>> key) {
        return all.stream().collect(Collectors.groupingBy(key, Collectors.summingInt(x -> 1)));
    }

    /** The answer's groups as {@code key -> count}, each key read by {@code key}. */
    private static Map<List<String>, Integer> answered(List<Map<String, Object>> groups,
            Function<Map<String, Object>, List<String>> key) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (Map<String, Object> group : groups) {
            assertEquals(null, counts.put(key.apply(group), (Integer) group.get("count")), "each key once");
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static String path(Map<String, Object> map, String... keys) {
        Object value = map;
        for (String key : keys) {
            value = value == null ? null : ((Map<String, Object>) value).get(key);
        }
        return (String) value;
    }

    /** Groups come largest first. */
    private static void largestFirst(List<Map<String, Object>> groups) {
        for (int i = 1; i < groups.size(); i++) {
            assertThat((Integer) groups.get(i - 1).get("count") >= (Integer) groups.get(i).get("count"),
                    equalTo(true));
        }
    }

    @Test
    void countsAndDateRangesAreThoseOfTheBundle() {
        List<String> dates = SAID.stream().map(Said::date).toList();
        List<String> positionDates = HELD.stream().map(Held::date).toList();
        query("{ statementsAggregate { count date { min max } } positionsAggregate { count date { min } } "
                + "sourcesAggregate { count publishedAt { min max } } personsAggregate { count } }")
                .body("data.statementsAggregate.count", equalTo(SAID.size()))
                .body("data.statementsAggregate.date.min", equalTo(min(dates).orElseThrow()))
                .body("data.statementsAggregate.date.max", equalTo(max(dates).orElseThrow()))
                .body("data.positionsAggregate.count", equalTo(POSITIONS))
                .body("data.positionsAggregate.date.min", equalTo(min(positionDates).orElseThrow()))
                .body("data.sourcesAggregate.count", equalTo(PUBLISHED.size()))
                .body("data.sourcesAggregate.publishedAt.min", equalTo(PUBLISHED.get(0)))
                .body("data.sourcesAggregate.publishedAt.max", equalTo(PUBLISHED.get(PUBLISHED.size() - 1)))
                .body("data.personsAggregate.count", equalTo(PERSONS));
    }

    @Test
    void whereNarrowsTheCountAndTheRanges() {
        List<Said> accusations = SAID.stream().filter(s -> s.kind().equals("ACCUSATION")).toList();
        query("{ statementsAggregate(where: {kind: {eq: ACCUSATION}}) { count date { min max } } }")
                .body("data.statementsAggregate.count", equalTo(accusations.size()))
                .body("data.statementsAggregate.date.min", equalTo(min(accusations.stream().map(Said::date).toList())
                        .orElseThrow()))
                .body("data.statementsAggregate.date.max", equalTo(max(accusations.stream().map(Said::date).toList())
                        .orElseThrow()));
    }

    @Test
    void groupsBySpeakerAndMonthAreThoseOfTheBundleLargestFirst() {
        List<Said> onTopic = SAID.stream().filter(s -> s.about().equals("topic-0")).toList();
        List<Map<String, Object>> groups = query("{ statementsAggregate(where: {about: {some: {id: {eq: "
                + "\"topic-0\"}}}}) { count date { min max } groups(by: [SPEAKER, DATE_MONTH], first: 500) { count "
                + "key { speaker { __typename id name } month } date { min max } } } }")
                .body("data.statementsAggregate.count", equalTo(onTopic.size()))
                .extract().path("data.statementsAggregate.groups");
        assertEquals(counted(onTopic, s -> java.util.Arrays.asList(s.speaker(), month(s.date()))),
                answered(groups, g -> java.util.Arrays.asList(path(g, "key", "speaker", "id"), path(g, "key",
                        "month"))));
        largestFirst(groups);
        for (Map<String, Object> group : groups) {
            String speaker = path(group, "key", "speaker", "id");
            String month = path(group, "key", "month");
            List<String> dates = onTopic.stream().filter(s -> Objects.equals(s.speaker(), speaker)
                    && Objects.equals(month(s.date()), month)).map(Said::date).toList();
            assertEquals(min(dates).orElse(null), path(group, "date", "min"), "min of " + group);
            assertEquals(max(dates).orElse(null), path(group, "date", "max"), "max of " + group);
            if (speaker != null) {
                assertEquals(speaker.startsWith("p-") ? "Person" : "State", path(group, "key", "speaker",
                        "__typename"));
            }
        }
    }

    @Test
    void aStatementWithTwoSpeakersCountsUnderTheOneItsSpeakerFieldShows() {
        query("{ statements(where: {id: {eq: \"stmt-both\"}}) { speaker { id } } statementsAggregate(where: {id: "
                + "{eq: \"stmt-both\"}}) { groups(by: [SPEAKER]) { count key { speaker { id } } } } }")
                .body("data.statements[0].speaker.id", equalTo("p-3"))
                .body("data.statementsAggregate.groups.key.speaker.id", contains("p-3"))
                .body("data.statementsAggregate.groups.count", contains(1));
    }

    @Test
    void groupsByKindStanceHolderAndYearAreThoseOfTheBundle() {
        Map<String, Object> data = query("{ statementsAggregate { groups(by: [KIND]) { count key { kind speaker "
                + "{ id } } } } positionsAggregate { groups(by: [STANCE, HOLDER, DATE_YEAR], first: 100) { count "
                + "key { stance holder { id } year } } } }").extract().path("data");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> kinds = (List<Map<String, Object>>) path2(data, "statementsAggregate");
        assertEquals(counted(SAID, s -> List.of(s.kind())), answered(kinds, g -> List.of(path(g, "key", "kind"))));
        kinds.forEach(g -> assertEquals(null, path(g, "key", "speaker", "id"), "not grouped by speaker"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stances = (List<Map<String, Object>>) path2(data, "positionsAggregate");
        assertEquals(counted(HELD, h -> java.util.Arrays.asList(h.stance(), h.holder(),
                h.date() == null ? null : h.date().substring(0, 4))),
                answered(stances, g -> java.util.Arrays.asList(path(g, "key", "stance"), path(g, "key", "holder", "id"),
                        path(g, "key", "year"))));
        largestFirst(stances);
    }

    @SuppressWarnings("unchecked")
    private static Object path2(Map<String, Object> data, String aggregate) {
        return ((Map<String, Object>) data.get(aggregate)).get("groups");
    }

    @Test
    void groupsSortAsAskedAndStopAtFirst() {
        List<Map<String, Object>> groups = query("{ statementsAggregate { groups(by: [SPEAKER], first: 3, "
                + "orderBy: [{field: KEY, direction: DESC}]) { count key { speaker { id } } } } }")
                .extract().path("data.statementsAggregate.groups");
        List<String> speakers = SAID.stream().map(Said::speaker).filter(Objects::nonNull).distinct()
                .sorted(Comparator.reverseOrder()).limit(3).toList();
        // Descending, nulls (statements without a speaker) come first, as Cypher orders them.
        assertEquals(3, groups.size());
        assertEquals(null, path(groups.get(0), "key", "speaker", "id"));
        assertEquals(speakers.subList(0, 2), groups.subList(1, 3).stream().map(g -> path(g, "key", "speaker", "id"))
                .toList());
    }

    @Test
    void knownAtLeavesOutWhatNoSourceHadReportedByThatDay() {
        List<Said> known = SAID.stream().filter(s -> knownSource(s.source())).toList();
        List<Map<String, Object>> groups = query("{ statementsAggregate(knownAt: \"" + KNOWN_AT + "\") { count "
                + "groups(by: [SPEAKER], first: 100) { count key { speaker { id } } } } }")
                .body("data.statementsAggregate.count", equalTo(known.size()))
                .extract().path("data.statementsAggregate.groups");
        // A speaker not yet reported that day is no key: its statements group under none.
        assertEquals(counted(known, s -> java.util.Arrays.asList(known(s.speaker()) ? s.speaker() : null)),
                answered(groups, g -> java.util.Arrays.asList(path(g, "key", "speaker", "id"))));
    }

    @Test
    void anEmptyAggregateCountsZeroWithNullDatesAndNoGroups() {
        query("{ statementsAggregate(where: {id: {eq: \"no-such-statement\"}}) { count date { min max } "
                + "groups(by: [KIND]) { count } } talksAggregate { count startDate { min max } endDate { max } } }")
                .body("data.statementsAggregate.count", equalTo(0))
                .body("data.statementsAggregate.date.min", nullValue())
                .body("data.statementsAggregate.date.max", nullValue())
                .body("data.statementsAggregate.groups", empty())
                .body("data.talksAggregate.count", equalTo(0))
                .body("data.talksAggregate.startDate.min", nullValue())
                .body("data.talksAggregate.endDate.max", nullValue());
    }

    @Test
    void relationshipAggregatesHonourWhereAsOfAndKnownAt() {
        List<Said> remarks = SAID.stream().filter(s -> "p-1".equals(s.speaker()) && s.kind().equals("REMARK"))
                .toList();
        query("{ persons(where: {id: {eq: \"p-1\"}}) { statementsAggregate(where: {kind: {eq: REMARK}}) { count "
                + "date { min max } } all: statementsAggregate { count } } }")
                .body("data.persons[0].statementsAggregate.count", equalTo(remarks.size()))
                .body("data.persons[0].statementsAggregate.date.min",
                        equalTo(min(remarks.stream().map(Said::date).toList()).orElse(null)))
                .body("data.persons[0].statementsAggregate.date.max",
                        equalTo(max(remarks.stream().map(Said::date).toList()).orElse(null)))
                .body("data.persons[0].all.count", equalTo((int) SAID.stream().filter(s -> "p-1".equals(s.speaker()))
                        .count()));
        List<Map<String, Object>> months = query("{ persons(where: {id: {eq: \"p-1\"}}) { statementsAggregate { "
                + "groups(by: [DATE_MONTH, KIND]) { count key { month kind } date { min max } } } } }")
                .extract().path("data.persons[0].statementsAggregate.groups");
        List<Said> spoken = SAID.stream().filter(s -> "p-1".equals(s.speaker())).toList();
        assertEquals(counted(spoken, s -> java.util.Arrays.asList(month(s.date()), s.kind())),
                answered(months, g -> java.util.Arrays.asList(path(g, "key", "month"), path(g, "key", "kind"))));
        largestFirst(months);
        for (Map<String, Object> group : months) {
            List<String> dates = spoken.stream().filter(s -> Objects.equals(month(s.date()), path(group, "key",
                    "month")) && s.kind().equals(path(group, "key", "kind"))).map(Said::date).toList();
            assertEquals(min(dates).orElse(null), path(group, "date", "min"));
            assertEquals(max(dates).orElse(null), path(group, "date", "max"));
        }
        String day = "2026-02-15";
        Predicate<Member> holds = m -> m.since().compareTo(day) <= 0 && (m.until() == null || m.until().compareTo(day)
                >= 0);
        query("{ delegations { membersCount membersAggregate { count } held: membersAggregate(asOf: \"" + day
                + "\") { count } known: membersAggregate(knownAt: \"" + KNOWN_AT + "\") { count } "
                + "both: membersAggregate(asOf: \"" + day + "\", knownAt: \"" + KNOWN_AT + "\") { count } } }")
                .body("data.delegations[0].membersCount", equalTo(MEMBERS.size()))
                .body("data.delegations[0].membersAggregate.count", equalTo(MEMBERS.size()))
                .body("data.delegations[0].held.count", equalTo((int) MEMBERS.stream().filter(holds).count()))
                .body("data.delegations[0].known.count", equalTo((int) MEMBERS.stream()
                        .filter(m -> knownSource(m.source()) && known(m.person())).count()))
                .body("data.delegations[0].both.count", equalTo((int) MEMBERS.stream()
                        .filter(m -> holds.test(m) && knownSource(m.source()) && known(m.person())).count()));
    }

    @Test
    void factsAggregateCountsWhatEachReportSupports() {
        List<Map<String, Object>> groups = query("{ factsAggregate { count groups(by: [SOURCE]) { count key { "
                + "source { id publishedAt } } } } made: factsAggregate(predicate: MADE) { count groups(by: "
                + "[PREDICATE, SOURCE]) { count key { predicate source { id } } } } }")
                .body("data.factsAggregate.count", equalTo(FACTS.size()))
                .body("data.made.count", equalTo((int) FACTS.stream().filter(f -> f.type().equals("MADE")).count()))
                .extract().path("data.factsAggregate.groups");
        assertEquals(counted(FACTS, f -> List.of("src-" + f.source())),
                answered(groups, g -> List.of(path(g, "key", "source", "id"))));
        List<Map<String, Object>> made = query("{ factsAggregate(predicate: MADE, knownAt: \"" + KNOWN_AT + "\") { "
                + "groups(by: [PREDICATE, SOURCE]) { count key { predicate source { id } } } } }")
                .extract().path("data.factsAggregate.groups");
        assertEquals(counted(SAID.stream().filter(s -> s.speaker() != null && knownSource(s.source())
                && known(s.speaker()) && known(s.id())).toList(), s -> List.of("MADE", "src-" + s.source())),
                answered(made, g -> List.of(path(g, "key", "predicate"), path(g, "key", "source", "id"))));
    }

    @Test
    void aggregatesAreOneStatementPerRootField() {
        query("{ statementsAggregate { count groups(by: [SPEAKER, KIND]) { key { speaker { name "
                + "... on Person { statementsAggregate { count } } } } } } persons { name "
                + "statementsAggregate(where: {kind: {eq: REMARK}}) { count date { max } groups(by: [DATE_MONTH]) { "
                + "count } } positionsAggregate { count } sourcesAggregate { count } } }")
                .body("extensions.cypherStatements", equalTo(2));
    }

    @Test
    void aFilteredCountIsServedByAnIndex() {
        for (String where : List.of("{id: {eq: \"stmt-7\"}}", "{name: {startsWith: \"statement 1\"}}")) {
            List<String> operators = plans.plan("{ statementsAggregate(where: " + where + ") { count } }");
            assertThat(where, operators, hasItem(matchesPattern("Node(Unique)?Index.*")));
            assertThat(where, operators, not(hasItem(startsWith("NodeByLabelScan"))));
            assertThat(where, operators, not(hasItem(startsWith("AllNodesScan"))));
        }
        List<String> byId = plans.plan("{ statementsAggregate(where: {id: {in: [\"stmt-1\", \"stmt-2\"]}}) { count "
                + "groups(by: [SPEAKER]) { count } } }");
        assertThat(byId, hasItem(startsWith("NodeUniqueIndexSeek")));
        assertThat(byId, not(hasItem(startsWith("NodeByLabelScan"))));
    }

    @Test
    void badGroupingsAreCodedErrors() {
        Map<String, String> refused = Map.of(
                "{ statementsAggregate { groups(by: [STANCE]) { count } } }", "VALIDATION",
                "{ statementsAggregate { groups(by: [KIND], first: -1) { count } } }", "VALIDATION",
                "{ statementsAggregate { groups(by: []) { count } } }", "VALIDATION",
                "{ statementsAggregate { groups(by: [SPEAKER], first: 500) { key { speaker { ... on Person { "
                        + "statements(first: 500) { about(first: 500) { id } } } } } } } }", "QUERY_TOO_COMPLEX");
        refused.forEach((graphql, code) -> post(graphql)
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].message", not(startsWith("java")))
                .body("data.statementsAggregate", nullValue()));
    }
}
