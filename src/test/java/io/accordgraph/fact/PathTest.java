package io.accordgraph.fact;

import static io.accordgraph.GraphQL.post;
import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** path(from, to): the shortest chains of facts between two entities of the seed. */
@QuarkusTest
@QuarkusTestResource(EmbeddedNeo4jTestResource.class)
class PathTest {

    private static final String PATH = "{ path(%s) { length facts { subject { id } predicate object { id } "
            + "sources { id } } } }";

    @Test
    void kostyukovIsLinkedToThePlantThroughTheStateHeServesWhichClaimsIt() {
        query(PATH.formatted("from: \"igor-kostyukov\", to: \"zaporizhzhia-nuclear-power-plant\""))
                .body("data.path", hasSize(1))
                .body("data.path[0].length", equalTo(2))
                .body("data.path[0].facts.predicate", contains("SERVES", "CLAIMS"))
                .body("data.path[0].facts.subject.id", contains("igor-kostyukov", "russia"))
                .body("data.path[0].facts.object.id", contains("russia", "zaporizhzhia-nuclear-power-plant"))
                .body("data.path[0].facts.sources.flatten().id", everyItem(equalTo("geneva-report-2026-02-17")));
    }

    @Test
    void allShortestChainsAreGivenAndProvenanceIsNeverAStep() {
        // Russia and Ukraine are both party to the talks, dispute the same issues and claim the same plant: several
        // chains of two facts. Both are also reported by the same source, which must not count as a link.
        query(PATH.formatted("from: \"russia\", to: \"ukraine\""))
                .body("data.path.size()", greaterThan(3))
                .body("data.path.length", everyItem(equalTo(2)))
                .body("data.path.facts.flatten().predicate", everyItem(not(equalTo("REPORTED_BY"))))
                .body("data.path.facts.flatten().predicate", hasItems("PARTY_TO", "DISPUTES", "CLAIMS"));
    }

    @Test
    void tooFewHopsGiveNoPath() {
        query(PATH.formatted("from: \"igor-kostyukov\", to: \"zaporizhzhia-nuclear-power-plant\", maxHops: 1"))
                .body("data.path", hasSize(0));
    }

    @Test
    void maxHopsOverTheMaximumIsAnErrorWithACode() {
        post(PATH.formatted("from: \"igor-kostyukov\", to: \"crimea\", maxHops: 7"))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString("between 1 and 6"));
    }

    @Test
    void anUnknownIdIsNotFound() {
        post(PATH.formatted("from: \"igor-kostyukov\", to: \"atlantis\""))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", containsString("atlantis"));
    }
}
