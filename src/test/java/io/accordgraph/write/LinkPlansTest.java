package io.accordgraph.write;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.driver.Driver;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.accordgraph.Plans;
import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.neo4j.Statement;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * How a link's answer and an unlink find the fact between two ids, asked through EXPLAIN: both ends are looked up
 * first and the fact is expanded into between them, from the end with fewer relationships. Walking every
 * relationship of one end instead made each link to a delegation read all its members (a write slower the larger
 * the delegation: 600 writes/s fell to 240 over five minutes of the write benchmark).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedNeo4jTestResource.class)
class LinkPlansTest {

    @Inject
    Driver driver;

    private List<String> plan(org.neo4j.cypherdsl.core.Statement statement) {
        return Plans.operators(driver, Statement.render(statement),
                Map.of("from", "zelensky", "to", "ukrainian-delegation", "key", "", "sources", List.of()));
    }

    private static void expandsIntoTheFact(List<String> operators) {
        assertThat(operators, hasItem(startsWith("Expand(Into)")));
        assertThat(operators, not(hasItem(startsWith("Expand(All)"))));
        assertThat(operators, not(hasItem(startsWith("NodeByLabelScan"))));
    }

    @Test
    void aLinksAnswerExpandsIntoTheFactBetweenItsEnds() {
        SymbolicName r = Cypher.name("r");
        expandsIntoTheFact(plan(Mutations.facts(Predicate.MEMBER_OF, Mutations.end("s", Cypher.parameter("from")),
                Mutations.end("o", Cypher.parameter("to")), r,
                Cypher.property(r, Claim.KEY).eq(Cypher.parameter("key"))).returning(r).build()));
    }

    @Test
    void anUnlinkExpandsIntoTheFactsItRemovesOrWithdraws() {
        expandsIntoTheFact(plan(Mutations.removal(Predicate.MEMBER_OF, false, false)));
        expandsIntoTheFact(plan(Mutations.removal(Predicate.SERVES, true, false)));
        expandsIntoTheFact(plan(Mutations.removal(Predicate.MEMBER_OF, false, true)));
    }
}
