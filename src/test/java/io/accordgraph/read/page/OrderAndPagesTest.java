package io.accordgraph.read.page;

import static io.accordgraph.GraphQL.post;
import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** orderBy, first / offset on plain and relationship lists, counts, and the limits on page size. */
@QuarkusTest
@QuarkusTestResource(EmbeddedNeo4jTestResource.class)
class OrderAndPagesTest {

    @Test
    void orderByNameDescendingReversesTheDefault() {
        query("{ states(orderBy: [{field: NAME, direction: DESC}]) { id } }")
                .body("data.states.id", contains("united-states", "ukraine", "russia"));
        query("{ states(orderBy: [{field: ID}]) { id } }")
                .body("data.states.id", contains("russia", "ukraine", "united-states"));
    }

    @Test
    void firstAndOffsetCutThePlainList() {
        query("{ states(first: 1, offset: 1) { id } }").body("data.states.id", contains("ukraine"));
        query("{ states(first: 0) { id } }").body("data.states", hasSize(0));
    }

    @Test
    void relationshipListsFilterOrderAndCutPerParent() {
        String russian = "data.delegations.find { it.id == 'russian-delegation' }.members.id";
        String ukrainian = "data.delegations.find { it.id == 'ukrainian-delegation' }.members.id";
        query("{ delegations { id members(orderBy: [{field: NAME, direction: DESC}], first: 1) { id } } }")
                .body(russian, contains("vladimir-medinsky"))
                .body(ukrainian, contains("rustem-umerov"));
        query("{ delegations { id members(where: {name: {startsWith: \"igor\"}}) { id } } }")
                .body(russian, contains("igor-kostyukov"))
                .body(ukrainian, hasSize(0));
        query("{ states(where: {id: {eq: \"ukraine\"}}) { delegations(where: {members: {some: {id: {eq: "
                + "\"kyrylo-budanov\"}}}}) { id } } }")
                .body("data.states[0].delegations.id", contains("ukrainian-delegation"));
        query("{ talks { delegations(where: {represents: {some: {id: {eq: \"russia\"}}}}) { id } } }")
                .body("data.talks[0].delegations.id", contains("russian-delegation"));
        query("{ disputedAssets(where: {id: {eq: \"zaporizhzhia-nuclear-power-plant\"}}) { "
                + "claimedBy(where: {name: {eq: \"ukraine\"}}) { state { id } } } }")
                .body("data.disputedAssets[0].claimedBy.state.id", contains("ukraine"));
    }

    @Test
    void membersCountCountsTheHeadToo() {
        query("{ delegations { id membersCount } }")
                .body("data.delegations.find { it.id == 'russian-delegation' }.membersCount", equalTo(2));
    }

    @Test
    void aPageLargerThanTheMaximumIsAnErrorWithACode() {
        post("{ persons(first: 501) { id } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("at most 500"));
        post("{ personsConnection(first: 100000) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        post("{ delegations { members(first: 501) { id } } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        post("{ persons(offset: -1) { id } }").body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    void orderingByADateTheKindLacksIsAnErrorWithACode() {
        post("{ persons(orderBy: [{field: DATE}]) { id } }")
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("Person has no date"));
    }

    @Test
    void statsCountTheSeed() {
        query("{ stats { labels { name count } relationshipTypes { name count } } }")
                .body("data.stats.labels.find { it.name == 'Person' }.count", equalTo(8))
                .body("data.stats.labels.find { it.name == 'State' }.count", equalTo(3))
                .body("data.stats.relationshipTypes.find { it.name == 'MEMBER_OF' }.count", equalTo(5));
    }
}
