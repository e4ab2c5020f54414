package io.accordgraph.neo4j;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Notification;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The server's writes ask the database for no notifications: a statement that draws a warning in a session of the
 * driver's defaults draws none in the writer's, so the database neither looks for it nor sends it.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedNeo4jTestResource.class)
class QuietSessionsTest {

    // Two patterns that share nothing: the planner warns of a cartesian product.
    private static final String DISCONNECTED = "EXPLAIN MATCH (a:Entity {id: 'zelensky'}), (b:Entity {id: 'putin'}) "
            + "RETURN a, b";

    @Inject
    Driver driver;
    @Inject
    GraphWriter writer;

    private static List<String> codes(List<Notification> notifications) {
        return notifications.stream().map(Notification::code).toList();
    }

    @Test
    void aWriteDrawsNoNotificationThatADefaultSessionDraws() {
        try (Session session = driver.session()) {
            assertThat(codes(session.run(DISCONNECTED).consume().notifications()),
                    hasItem("Neo.ClientNotification.Statement.CartesianProduct"));
        }
        List<Notification> quiet = writer.inTransaction(tx -> tx.run(DISCONNECTED).consume().notifications());
        assertThat(codes(quiet), not(hasItem("Neo.ClientNotification.Statement.CartesianProduct")));
        assertThat(quiet, empty());
    }
}
