package io.accordgraph.write;

import static io.accordgraph.GraphQL.post;
import static io.accordgraph.GraphQL.query;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import io.accordgraph.FreshGraphProfile;
import io.accordgraph.GraphWrites;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A write that cannot finish within {@code accord.limits.write-timeout} (here: it waits for a lock another program
 * holds) is stopped by the database and answers TIMEOUT, and nothing of it is written.
 */
@QuarkusTest
@TestProfile(WriteTimeoutTest.TwoSecondWrites.class)
class WriteTimeoutTest {

    /** Without the seed, whose import at start would be held to the same short limit on a busy machine. */
    public static class TwoSecondWrites extends FreshGraphProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("accord.limits.write-timeout", "2s", "accord.seed.enabled", "false");
        }
    }

    @Inject
    Driver driver;

    @Test
    void aWriteStuckBehindAnotherTransactionTimesOutAndWritesNothing() {
        GraphWrites.write(driver, "CREATE (:Person:Entity {id: 'envoy', name: 'Envoy', aliases: []})", Map.of());
        try (Session session = driver.session(); Transaction other = session.beginTransaction()) {
            other.run("MATCH (p:Person {id: 'envoy'}) SET p.name = p.name").consume();

            post("mutation { upsertPerson(input: {id: \"envoy\", name: \"Renamed\", newSources: [{id: \"report\", "
                    + "name: \"Report\", publishedAt: \"2026-02-24\", publisher: \"Example News\"}]}) { id } }")
                    .time(lessThan(10_000L))
                    .body("data.upsertPerson", nullValue())
                    .body("errors[0].extensions.code", equalTo("TIMEOUT"));
            other.rollback();
        }
        query("{ entity(id: \"envoy\") { name } sources { id } }")
                .body("data.entity.name", equalTo("Envoy"))
                .body("data.sources", empty());
    }
}
