package io.accordgraph.embedded;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The application pointed at a Neo4j server of its own via quarkus.neo4j.uri, as a user with a server does. */
public class ExternalServerProfile implements QuarkusTestProfile {

    /** Where the embedded server would keep its data if it (wrongly) started. */
    public static final Path UNUSED_DATA_DIR = Path.of("target", "external-test-embedded-data");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("accord.neo4j.embedded.data-dir", UNUSED_DATA_DIR.toString());
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ExternalNeo4jTestResource.class));
    }
}
