package io.accordgraph;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The application on a seeded database of its own, for tests that write: what they add stays out of the graph
 * that the read tests count.
 */
public class FreshGraphProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(EmbeddedNeo4jTestResource.class));
    }
}
