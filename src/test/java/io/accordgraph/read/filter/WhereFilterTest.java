package io.accordgraph.read.filter;

import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Each operator of `where` on the seed, and the combinations users write most. */
@QuarkusTest
@QuarkusTestResource(EmbeddedNeo4jTestResource.class)
class WhereFilterTest {

    private static void persons(String where, String... ids) {
        query("{ persons(where: " + where + ") { id } }").body("data.persons.id", containsInAnyOrder(ids));
    }

    @Test
    void idEqAndIdInMatchExactly() {
        persons("{id: {eq: \"igor-kostyukov\"}}", "igor-kostyukov");
        persons("{id: {in: [\"igor-kostyukov\", \"zelensky\", \"no-such-id\"]}}", "igor-kostyukov", "zelensky");
    }

    @Test
    void textOperatorsIgnoreCase() {
        persons("{name: {eq: \"VLADIMIR medinsky\"}}", "vladimir-medinsky");
        persons("{name: {in: [\"zelensky\", \"RUSTEM UMEROV\"]}}", "zelensky", "rustem-umerov");
        persons("{name: {contains: \"VLAD\"}}", "vladimir-medinsky", "vladimir-putin");
        persons("{name: {startsWith: \"ky\"}}", "kyrylo-budanov");
    }

    @Test
    void severalOperatorsOnOneFieldMustAllHold() {
        persons("{name: {startsWith: \"vladimir\", contains: \"put\"}}", "vladimir-putin");
    }

    @Test
    void aliasesMatchWhenOneOfThemMatches() {
        query("{ states(where: {aliases: {eq: \"kyiv\"}}) { id } }").body("data.states.id", contains("ukraine"));
        query("{ states(where: {aliases: {startsWith: \"krem\"}}) { id } }").body("data.states.id", contains("russia"));
    }

    @Test
    void andOrNotCombine() {
        persons("{OR: [{name: {startsWith: \"igor\"}}, {name: {startsWith: \"kirill\"}}]}", "igor-kostyukov",
                "kirill-dmitriev");
        persons("{name: {contains: \"vladimir\"}, NOT: {id: {eq: \"vladimir-putin\"}}}", "vladimir-medinsky");
        persons("{AND: [{name: {contains: \"r\"}}, {name: {contains: \"u\"}}], "
                + "NOT: {id: {in: [\"vladimir-putin\", \"igor-kostyukov\"]}}}",
                "rustem-umerov", "kyrylo-budanov");
        persons("{OR: []}");
    }

    @Test
    void someThroughTwoRelationshipsFindsTheMembersOfTheRussianDelegation() {
        persons("{memberOf: {some: {represents: {some: {id: {eq: \"russia\"}}}}}}", "vladimir-medinsky",
                "igor-kostyukov");
    }

    @Test
    void noneKeepsThoseWithoutAMatchingRelationship() {
        persons("{serves: {some: {}}, memberOf: {none: {}}}", "vladimir-putin", "kirill-dmitriev",
                "dmitry-peskov");
        persons("{memberOf: {some: {}}, serves: {none: {name: {eq: \"russia\"}}}}", "rustem-umerov",
                "kyrylo-budanov");
    }

    @Test
    void datesCompareAsDates() {
        String talks = "{ talks(where: {startDate: %s}) { id } }";
        query(talks.formatted("{eq: \"2026-02-17\"}")).body("data.talks.id", contains("geneva-talks-2026-02"));
        query(talks.formatted("{onOrAfter: \"2026-02-17\", onOrBefore: \"2026-02-17\"}"))
                .body("data.talks.id", contains("geneva-talks-2026-02"));
        query(talks.formatted("{after: \"2026-02-17\"}")).body("data.talks", empty());
        query(talks.formatted("{before: \"2026-02-17\"}")).body("data.talks", empty());
        query("{ sources(where: {publishedAt: {after: \"2026-01-01\"}}) { id } }")
                .body("data.sources.id", contains("geneva-report-2026-02-17"));
    }

    @Test
    void kindSpecificTextFieldsAndPolymorphicRelations() {
        query("{ statements(where: {text: {contains: \"LECTURING\"}}) { id } }")
                .body("data.statements.id", contains("ukrainian-negotiators-accuse-medinsky"));
        query("{ statements(where: {speaker: {some: {id: {eq: \"ukraine\"}}}}) { id } }")
                .body("data.statements.id", contains("ukrainian-negotiators-accuse-medinsky"));
        query("{ positions(where: {holder: {some: {name: {eq: \"russia\"}}}}) { id } }")
                .body("data.positions.id", contains("russia-demands-ukraine-cede-rest-of-donetsk"));
        query("{ disputedAssets(where: {claimedBy: {some: {id: {eq: \"ukraine\"}}}}) { id } }")
                .body("data.disputedAssets.id", contains("zaporizhzhia-nuclear-power-plant"));
    }

    @Test
    void negotiatorsTakeTheSameFilter() {
        query("{ negotiators(where: {name: {startsWith: \"k\"}}) { id } }")
                .body("data.negotiators.id", contains("kyrylo-budanov"));
    }
}
