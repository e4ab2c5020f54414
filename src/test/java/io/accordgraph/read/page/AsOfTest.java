package io.accordgraph.read.page;

import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.accordgraph.GraphWrites;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * asOf on time-bound relationship fields, around facts that hold from 2026-03-01 to 2026-06-30 (the seed has no
 * dates on its relationships, so the test writes its own and removes them).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedNeo4jTestResource.class)
class AsOfTest {

    @Inject
    Driver driver;

    private void write(String cypher) {
        GraphWrites.write(driver, cypher, Map.of());
    }

    @BeforeEach
    void addDatedFacts() {
        write("MATCH (d:Delegation {id: 'russian-delegation'}), (a:DisputedAsset {id: 'donbas'}), "
                + "(s:State {id: 'ukraine'}) "
                + "CREATE (p:Person:Entity {id: 'as-of-test-envoy', name: 'As-of Envoy', aliases: []}) "
                + "CREATE (p)-[:MEMBER_OF {since: date('2026-03-01'), until: date('2026-06-30')}]->(d) "
                + "CREATE (p)-[:SERVES {title: 'envoy', since: date('2026-03-01')}]->(s) "
                + "CREATE (s)-[:CONTROLS {extent: 'PARTIAL', since: date('2026-03-01'), "
                + "until: date('2026-06-30')}]->(a)");
    }

    @AfterEach
    void removeDatedFacts() {
        write("MATCH (p:Person {id: 'as-of-test-envoy'}) DETACH DELETE p");
        write("MATCH (:State {id: 'ukraine'})-[c:CONTROLS]->(:DisputedAsset {id: 'donbas'}) DELETE c");
    }

    private static String members(String asOf) {
        return "{ delegations(where: {id: {eq: \"russian-delegation\"}}) { members" + asOf + " { id } } }";
    }

    @Test
    void membershipCountsOnlyFromItsSinceToItsUntil() {
        String path = "data.delegations[0].members.id";
        query(members("(asOf: \"2026-02-28\")")).body(path, containsInAnyOrder("vladimir-medinsky", "igor-kostyukov"));
        query(members("(asOf: \"2026-03-01\")")).body(path,
                containsInAnyOrder("vladimir-medinsky", "igor-kostyukov", "as-of-test-envoy"));
        query(members("(asOf: \"2026-06-30\")")).body(path,
                containsInAnyOrder("vladimir-medinsky", "igor-kostyukov", "as-of-test-envoy"));
        query(members("(asOf: \"2026-07-01\")")).body(path, containsInAnyOrder("vladimir-medinsky", "igor-kostyukov"));
        query(members("")).body(path, containsInAnyOrder("vladimir-medinsky", "igor-kostyukov", "as-of-test-envoy"));
    }

    @Test
    void controlAndRolesAsOfADay() {
        String control = "{ disputedAssets(where: {id: {eq: \"donbas\"}}) { controlledBy(asOf: \"%s\") "
                + "{ state { id } } } }";
        query(control.formatted("2026-02-17")).body("data.disputedAssets[0].controlledBy.state.id", contains("russia"));
        query(control.formatted("2026-04-01")).body("data.disputedAssets[0].controlledBy.state.id",
                contains("russia", "ukraine"));
        String roles = "{ persons(where: {id: {eq: \"as-of-test-envoy\"}}) { roles(asOf: \"%s\") { title } } }";
        query(roles.formatted("2026-02-17")).body("data.persons[0].roles", org.hamcrest.Matchers.empty());
        query(roles.formatted("2027-01-01")).body("data.persons[0].roles.title", contains("envoy"));
    }
}
