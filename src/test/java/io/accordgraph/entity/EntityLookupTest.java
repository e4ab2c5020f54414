package io.accordgraph.entity;

import static io.accordgraph.GraphQL.post;
import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EntityLookupTest {

    @ParameterizedTest
    @CsvSource({
            "russia, State, Russia",
            "vladimir-medinsky, Person, Vladimir Medinsky",
            "russian-delegation, Delegation, Russian delegation",
            "geneva-talks-2026-02, Talks, 'Geneva peace talks, February 2026'",
            "geneva-economic-working-group, WorkingGroup, Economic working group",
            "zaporizhzhia-nuclear-power-plant, DisputedAsset, Zaporizhzhia nuclear power plant",
            "territory, Issue, Territory",
            "russia-demands-ukraine-cede-rest-of-donetsk, Position, "
                    + "Russia demands that Ukraine cede the rest of the Donetsk region",
            "ukrainian-negotiators-accuse-medinsky, Statement, "
                    + "Ukrainian negotiators accused Medinsky of lecturing them on history",
            "geneva-report-2026-02-17, Source, News report on the Geneva round of peace talks (2026-02-17)"
    })
    void entityFindsAnyKindOfNodeById(String id, String type, String name) {
        query("{ entity(id: \"" + id + "\") { __typename id name aliases sources { id } } }")
                .body("data.entity.__typename", equalTo(type))
                .body("data.entity.id", equalTo(id))
                .body("data.entity.name", equalTo(name))
                .body("data.entity.aliases", notNullValue());
    }

    @Test
    void entityAnswersTypeSpecificFieldsThroughFragments() {
        query("{ entity(id: \"vladimir-medinsky\") { ... on Person { heads { name } roles { title } } } }")
                .body("data.entity.heads[0].name", equalTo("Russian delegation"))
                .body("data.entity.roles[0].title", equalTo("Aide to President Vladimir Putin"));
    }

    @Test
    void unknownIdIsNullWithoutAnError() {
        query("{ entity(id: \"no-such-entity\") { id } }").body("data.entity", nullValue());
    }

    @Test
    void idThatLooksLikeCypherIsJustAnUnknownId() {
        query("{ entity(id: \"x'}) MATCH (n) DETACH DELETE n //\") { id } }").body("data.entity", nullValue());
        query("{ states { id } }").body("data.states", hasSize(3));
    }

    @Test
    void malformedQueryGetsAGraphQLErrorNotAStackTrace() {
        post("{ delegations { name ")
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].message", notNullValue())
                .body("errors[0].message", not(containsString("Exception")));
    }

    @Test
    void unknownFieldIsAValidationErrorNamingTheField() {
        post("{ delegations { nationality } }")
                .body("errors[0].message", containsString("nationality"))
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
    }

    @Test
    void missingRequiredArgumentIsAValidationError() {
        post("{ entity { id } }")
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
    }
}
