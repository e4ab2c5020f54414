package io.accordgraph;

import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Writes straight to the database under test, for tests that change the graph between requests. */
public final class GraphWrites {

    private GraphWrites() {
    }

    public static void write(Driver driver, String cypher, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher, parameters).consume());
        }
    }
}
