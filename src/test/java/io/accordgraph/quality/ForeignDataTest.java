package io.accordgraph.quality;

import static io.accordgraph.GraphQL.byId;
import static io.accordgraph.GraphQL.post;
import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.accordgraph.FreshGraphProfile;
import io.accordgraph.GraphWrites;
import io.accordgraph.read.Invalid;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A Neo4j that other programs write too: values that do not fit the model make only their own field answer a
 * fallback with an INVALID_DATA error; the rest of the answer stands, and dataProblems lists them.
 */
@QuarkusTest
@TestProfile(FreshGraphProfile.class)
class ForeignDataTest {

    private static final String PLANT = byId("disputedAssets", "zaporizhzhia-nuclear-power-plant");
    private static final String CRIMEA = byId("disputedAssets", "crimea");

    @Inject
    Driver driver;

    private void write(String cypher) {
        GraphWrites.write(driver, cypher, Map.of());
    }

    @BeforeEach
    void anotherProgramWrites() {
        write("MATCH (a:DisputedAsset {id: 'zaporizhzhia-nuclear-power-plant'}), (s:State {id: 'russia'}) "
                + "SET a.kind = 'nuclear power plant' "
                + "CREATE (s)-[:CONTROLS {extent: 'mostly', since: '2022-03-04'}]->(a)");
        write("CREATE (:Person:Entity {id: 'foreign-nameless', aliases: 'Nameless'})");
        write("MATCH (s:State {id: 'russia'}) CREATE (s)-[:MEMBER_OF]->(:Entity {id: 'foreign-bloc', name: 'Bloc'})");
    }

    @AfterEach
    void cleanUp() {
        write("MATCH (a:DisputedAsset {id: 'zaporizhzhia-nuclear-power-plant'}) SET a.kind = 'FACILITY' "
                + "WITH a MATCH (:State {id: 'russia'})-[c:CONTROLS]->(a) DELETE c");
        write("MATCH (n:Entity) WHERE n.id STARTS WITH 'foreign-' DETACH DELETE n");
    }

    @Test
    void anUnknownKindAnswersUnknownWithOneErrorAndTheRestStands() {
        post("{ disputedAssets { id name kind } }")
                .body(PLANT + ".kind", equalTo("UNKNOWN"))
                .body(PLANT + ".name", equalTo("Zaporizhzhia nuclear power plant"))
                .body(CRIMEA + ".kind", equalTo("REGION"))
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo(Invalid.CODE))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("nuclear power plant"))
                .body("errors[0].path", contains("disputedAssets", 4, "kind"));
    }

    @Test
    void aFactWithAWrongQualifierStillNamesItsEnds() {
        post("{ disputedAssets(where: {id: {eq: \"zaporizhzhia-nuclear-power-plant\"}}) "
                + "{ controlledBy { state { id } extent since } } }")
                .body("data.disputedAssets[0].controlledBy.state.id", contains("russia"))
                .body("data.disputedAssets[0].controlledBy[0].extent", equalTo("UNKNOWN"))
                .body("data.disputedAssets[0].controlledBy[0].since", nullValue())
                .body("errors.extensions.code", everyItem(equalTo(Invalid.CODE)))
                .body("errors.path", containsInAnyOrder(
                        List.of("disputedAssets", 0, "controlledBy", 0, "extent"),
                        List.of("disputedAssets", 0, "controlledBy", 0, "since")));
    }

    @Test
    void unknownCanBeFilteredOnToFindTheValuesToFix() {
        post("{ disputedAssets(where: {kind: {eq: UNKNOWN}}) { id } }")
                .body("data.disputedAssets.id", contains("zaporizhzhia-nuclear-power-plant"));
        query("{ disputedAssets(where: {kind: {eq: FACILITY}}) { id } }")
                .body("data.disputedAssets", empty());
    }

    @Test
    void aMissingNameAnswersTheIdAndAliasesThatAreNotAListAnswerNone() {
        post("{ entity(id: \"foreign-nameless\") { id name aliases } }")
                .body("data.entity.id", equalTo("foreign-nameless"))
                .body("data.entity.name", equalTo("foreign-nameless"))
                .body("data.entity.aliases", empty())
                .body("errors.extensions.code", everyItem(equalTo(Invalid.CODE)))
                .body("errors.path", containsInAnyOrder(List.of("entity", "name"), List.of("entity", "aliases")));
    }

    @Test
    void aNodeOfNoKnownKindIsLeftOutOfFactsWithAnError() {
        post("{ entity(id: \"russia\") { id facts { predicate object { id } } } }")
                .body("data.entity.id", equalTo("russia"))
                .body("data.entity.facts.object.id", not(hasItem("foreign-bloc")))
                .body("data.entity.facts.object.id", hasItem("zaporizhzhia-nuclear-power-plant"))
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo(Invalid.CODE))
                .body("errors[0].path", contains("entity", "facts"));
    }

    @Test
    void dataProblemsCountsWhatDoesNotFitWithExamples() {
        query("{ dataProblems { owner property expected count examples } }")
                .body("data.dataProblems.findAll { it.owner == 'DisputedAsset' }.property", contains("kind"))
                .body("data.dataProblems.find { it.owner == 'DisputedAsset' }.examples",
                        contains("zaporizhzhia-nuclear-power-plant"))
                .body("data.dataProblems.findAll { it.owner == 'Person' }.property",
                        containsInAnyOrder("aliases", "name"))
                .body("data.dataProblems.findAll { it.owner == 'CONTROLS' }.property",
                        containsInAnyOrder("extent", "since"))
                .body("data.dataProblems.find { it.owner == 'CONTROLS' }.examples",
                        contains("russia -> zaporizhzhia-nuclear-power-plant"))
                .body("data.dataProblems.find { it.owner == 'Entity' }.examples", contains("foreign-bloc"))
                .body("data.dataProblems.find { it.owner == 'Entity' }.count", equalTo(1));
    }

    @Test
    void dataProblemsIsEmptyOnDataThisServerWrote() {
        cleanUp();
        query("{ dataProblems { owner property count } }").body("data.dataProblems", empty());
    }

    @Test
    void eachKindOfProblemIsLoggedOnce() {
        write("CREATE (:Talks:Entity {id: 'foreign-talks', name: 'Talks about talks', startDate: 'soon'})");
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record.getMessage() + " " + Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(Invalid.class.getName());
        logger.addHandler(capture);
        try {
            for (int i = 0; i < 3; i++) {
                post("{ talks(where: {id: {eq: \"foreign-talks\"}}) { startDate } }")
                        .body("errors[0].extensions.code", equalTo(Invalid.CODE));
            }
        } finally {
            logger.removeHandler(capture);
        }
        assertEquals(1, warnings.stream().filter(w -> w.contains("Talks.startDate")).count(), warnings.toString());
    }
}
