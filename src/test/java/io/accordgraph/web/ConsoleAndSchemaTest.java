package io.accordgraph.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ConsoleAndSchemaTest {

    @Test
    void sdlIsServedWithTheEntityInterfaceAndEveryRootQuery() {
        // Arguments (where, orderBy, first, ...) are left out of the comparison: the fields and types are the point.
        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString()
                .replaceAll("\\([^)]*\\)", "");
        for (String expected : new String[] {"interface Entity", "type State implements Entity",
                "type Source implements Entity", "states: [State!]!", "persons: [Person!]!",
                "negotiators: [Person!]!", "delegations: [Delegation!]!", "talks: [Talks!]!",
                "workingGroups: [WorkingGroup!]!", "disputedAssets: [DisputedAsset!]!", "issues: [Issue!]!",
                "sources: [Source!]!", "facts: [Fact!]!", "entity: Entity", "enum Stance", "enum AssetKind",
                "personsConnection: PersonConnection!", "type PersonConnection", "enum EntityType"}) {
            org.hamcrest.MatcherAssert.assertThat(sdl, containsString(expected));
        }
    }

    @Test
    void graphiqlConsoleIsServed() {
        given().redirects().follow(true).when().get("/q/graphql-ui/").then().statusCode(200)
                .body(containsString("graphiql"));
    }
}
