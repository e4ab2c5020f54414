package io.accordgraph.person;

import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PersonQueriesTest {

    private static String person(String name) {
        return "data.persons.find { it.name == '" + name + "' }";
    }

    @Test
    void personsAreEveryoneTheReportNamesAndNoOneElse() {
        query("{ persons { name } }").body("data.persons.name", contains("Dmitry Peskov", "Igor Kostyukov",
                "Kirill Dmitriev", "Kyrylo Budanov", "Rustem Umerov", "Vladimir Medinsky", "Vladimir Putin",
                "Zelensky"));
    }

    @Test
    void negotiatorsAreTheMembersOfTheDelegations() {
        query("{ negotiators { name } }").body("data.negotiators.name",
                contains("Igor Kostyukov", "Kyrylo Budanov", "Rustem Umerov", "Vladimir Medinsky"));
    }

    @Test
    void rolesGiveTheTitleTheStateAndTheSource() {
        query("{ persons { name roles { title state { name } since until sources { id } } } }")
                .body(person("Vladimir Medinsky") + ".roles[0].title", equalTo("Aide to President Vladimir Putin"))
                .body(person("Vladimir Medinsky") + ".roles[0].state.name", equalTo("Russia"))
                .body(person("Vladimir Putin") + ".roles[0].title", equalTo("President"))
                .body(person("Igor Kostyukov") + ".roles[0].title", equalTo("Military intelligence chief"))
                .body(person("Kirill Dmitriev") + ".roles[0].title",
                        equalTo("Special envoy of President Vladimir Putin"))
                .body(person("Dmitry Peskov") + ".roles[0].title", equalTo("Kremlin spokesman"))
                .body(person("Rustem Umerov") + ".roles[0].title",
                        equalTo("Secretary of the National Security and Defense Council"))
                .body(person("Rustem Umerov") + ".roles[0].state.name", equalTo("Ukraine"))
                .body(person("Kyrylo Budanov") + ".roles[0].title", equalTo("Head of Zelensky's office"))
                .body(person("Zelensky") + ".roles", empty())
                .body("data.persons.roles.flatten().since.unique()", contains((Object) null))
                .body("data.persons.roles.flatten().sources.flatten().id.unique()",
                        contains("geneva-report-2026-02-17"));
    }

    @Test
    void headsAreAlsoMembersAndDmitrievSitsInTheEconomicWorkingGroup() {
        query("{ persons { name heads { name } memberOf { name } workingGroups { name focus } } }")
                .body(person("Vladimir Medinsky") + ".heads.name", contains("Russian delegation"))
                .body(person("Vladimir Medinsky") + ".memberOf.name", contains("Russian delegation"))
                .body(person("Rustem Umerov") + ".heads.name", contains("Ukrainian delegation"))
                .body(person("Kyrylo Budanov") + ".heads", empty())
                .body(person("Kyrylo Budanov") + ".memberOf.name", contains("Ukrainian delegation"))
                .body(person("Kirill Dmitriev") + ".memberOf", empty())
                .body(person("Kirill Dmitriev") + ".workingGroups.focus", contains("Economic issues"));
    }

    @Test
    void statementsAndPositionsHangOffTheirPersons() {
        query("{ persons { name statements { id date } positions { id } } }")
                .body(person("Dmitry Peskov") + ".statements.date", contains("2026-02-16"))
                .body(person("Rustem Umerov") + ".statements.id", contains("umerov-goal-of-lasting-peace"))
                .body(person("Zelensky") + ".statements", hasSize(1))
                .body("data.persons.positions.flatten()", empty());
    }

    @Test
    void personsCiteTheReport() {
        query("{ persons { sources { id name } } }")
                .body("data.persons.sources.flatten().id.unique()", containsInAnyOrder("geneva-report-2026-02-17"));
    }
}
