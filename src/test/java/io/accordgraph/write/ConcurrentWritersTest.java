package io.accordgraph.write;

import static io.accordgraph.GraphQL.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.accordgraph.FreshGraphProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(FreshGraphProfile.class)
class ConcurrentWritersTest {

    private static final int WRITERS = 8;
    private static final String COUNTS = "MATCH (n:Entity {id: 'contested-person'}) "
            + "RETURN count(n) AS nodes, COUNT { (:Entity {id: 'contested-person'})-[:REPORTED_BY]->() } AS cites, "
            + "COUNT { (:Entity {id: 'contested-person'})-[:MEMBER_OF]->() } AS memberships";

    @Inject
    Driver driver;

    @Test
    void writersOfTheSameNewEntityAtOnceLeaveOneNodeAndOneOfEachFact() throws Exception {
        String mutation = """
                mutation { upsertPerson(input: {id: "contested-person", name: "Contested Person %d",
                  newSources: [{id: "contested-report", name: "Contested report"}]}) { id }
                  link(input: {type: MEMBER_OF, from: "contested-person", to: "russian-delegation",
                  sources: ["contested-report"]}) { predicate } }""";
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            int writer = i;
            writes.add(pool.submit((Callable<Void>) () -> {
                start.await();
                query(mutation.formatted(writer));
                return null;
            }));
        }
        start.countDown();
        for (Future<?> write : writes) {
            write.get();
        }
        pool.shutdown();

        var row = driver.executableQuery(COUNTS).execute().records().get(0);
        assertEquals(List.of(1L, 1L, 1L), List.of(row.get("nodes").asLong(), row.get("cites").asLong(),
                row.get("memberships").asLong()));
    }
}
