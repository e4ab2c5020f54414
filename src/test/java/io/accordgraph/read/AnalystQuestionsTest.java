package io.accordgraph.read;

import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The README's three aggregation questions, on the shipped Geneva report, answer what the report says. */
@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AnalystQuestionsTest {

    @Test
    void whatWasSaidAboutTheGenevaRoundByWhomAndWhen() {
        query("{ statementsAggregate(where: {about: {some: {id: {eq: \"geneva-talks-2026-02\"}}}}) { count "
                + "date { min max } groups(by: [SPEAKER, KIND]) { count key { speaker { __typename name } kind } "
                + "date { min max } } } }")
                .body("data.statementsAggregate.count", equalTo(3))
                .body("data.statementsAggregate.date.min", equalTo("2026-02-16"))
                .body("data.statementsAggregate.date.max", equalTo("2026-02-16"))
                .body("data.statementsAggregate.groups.key.speaker.name",
                        contains("Dmitry Peskov", "Russia", "Zelensky"))
                .body("data.statementsAggregate.groups.key.kind", everyItem(equalTo("REMARK")))
                .body("data.statementsAggregate.groups.count", everyItem(equalTo(1)));
    }

    @Test
    void whereEachSideStands() {
        query("{ positionsAggregate { count groups(by: [HOLDER, STANCE]) { count key { holder { name } stance } } } }")
                .body("data.positionsAggregate.count", equalTo(2))
                .body("data.positionsAggregate.groups.key.holder.name", contains("Russia", "Ukraine"))
                .body("data.positionsAggregate.groups.key.stance", contains("DEMANDS", "REJECTS"));
    }

    @SuppressWarnings("unchecked")
    private static String source(Map<String, Object> group) {
        return (String) ((Map<String, Object>) ((Map<String, Object>) group.get("key")).get("source")).get("id");
    }

    @Test
    void howMuchEachReportSupportsAndHowLargeEachDelegationIs() throws IOException {
        Map<String, Integer> facts = new TreeMap<>();
        try (InputStream seed = getClass().getClassLoader().getResourceAsStream("seed/geneva-talks-2026-02-17.json")) {
            for (JsonNode fact : new ObjectMapper().readTree(seed).get("relationships")) {
                fact.get("sources").forEach(source -> facts.merge(source.asText(), 1, Integer::sum));
            }
        }
        List<Map<String, Object>> groups = query("{ factsAggregate { count groups(by: [SOURCE]) { count key { "
                + "source { id name publishedAt } } } } delegations { name membersAggregate(asOf: \"2026-02-17\") { "
                + "count } membersCount } }")
                .body("data.delegations.membersAggregate.count", contains(2, 2))
                .body("data.delegations.membersCount", contains(2, 2))
                .extract().path("data.factsAggregate.groups");
        Map<String, Integer> answered = new TreeMap<>();
        groups.forEach(g -> answered.put(source(g), (Integer) g.get("count")));
        assertEquals(facts, answered);
    }
}
