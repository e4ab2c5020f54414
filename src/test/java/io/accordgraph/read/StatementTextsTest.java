package io.accordgraph.read;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.accordgraph.QueryPlans;
import io.accordgraph.neo4j.Statement;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The texts rendered once per shape of question: questions that differ only in values that become parameters share
 * one text, with their own values; a difference that the text shows (an order, a number of hops) never does.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedNeo4jTestResource.class)
class StatementTextsTest {

    @Inject
    QueryPlans plans;

    @Test
    void valuesThatBecomeParametersShareOneTextWithTheirOwnValues() {
        Statement russia = plans.compile("{ states(where: {id: {eq: \"russia\"}}) { name delegations { name } } }");
        Statement ukraine = plans.compile("{ states(where: {id: {eq: \"ukraine\"}}) { name delegations { name } } }");
        assertThat(ukraine.cypher(), equalTo(russia.cypher()));
        assertThat(ukraine.parameters(), not(equalTo(russia.parameters())));
    }

    @Test
    void whatTheTextShowsIsNeverShared() {
        assertThat(plans.compile("{ persons(orderBy: [{field: NAME, direction: DESC}]) { name } }").cypher(),
                not(equalTo(plans.compile("{ persons(orderBy: [{field: NAME}]) { name } }").cypher())));
        assertThat(plans.compile("{ persons(where: {name: {eq: \"x\"}}) { name } }").cypher(),
                not(equalTo(plans.compile("{ persons(where: {name: {startsWith: \"x\"}}) { name } }").cypher())));
        String path = "{ path(from: \"igor-kostyukov\", to: \"russia\", maxHops: %d) { length } }";
        assertThat(plans.compile(path.formatted(2)).cypher(), not(equalTo(plans.compile(path.formatted(3)).cypher())));
    }
}
