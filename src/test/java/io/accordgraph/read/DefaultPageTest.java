package io.accordgraph.read;

import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.accordgraph.FreshGraphProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Relationship lists, facts and a source's reports answer a default page when not given {@code first}, like root
 * lists, so that no field answers an unbounded list; here the default is one row.
 */
@QuarkusTest
@TestProfile(DefaultPageTest.OneRowPages.class)
class DefaultPageTest {

    public static class OneRowPages extends FreshGraphProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.page.default-size", "1");
        }
    }

    @Test
    void relationshipListsAnswerTheDefaultPageWithoutFirst() {
        query("{ delegations(first: 2) { members { id } } }")
                .body("data.delegations", hasSize(2))
                .body("data.delegations.members", everyItem(hasSize(1)));
        query("{ delegations(first: 2) { members(first: 2) { id } } }")
                .body("data.delegations.members", everyItem(hasSize(2)));
    }

    @Test
    void factsAndReportsAnswerTheDefaultPageWithoutFirst() {
        query("{ entity(id: \"russia\") { facts { predicate } } }").body("data.entity.facts", hasSize(1));
        query("{ entity(id: \"russia\") { facts(first: 3) { predicate } } }").body("data.entity.facts", hasSize(3));
        query("{ sources { reports { id } } }").body("data.sources[0].reports", hasSize(1));
        query("{ sources { reports(first: 3) { id } } }").body("data.sources[0].reports", hasSize(3));
    }
}
