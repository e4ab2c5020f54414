package io.accordgraph.embedded;

import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.impl.transaction.stats.TransactionCounters;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A Neo4j server outside the application, standing in for a user's own: built here, not by the application's
 * code, and handed to the application only as a URI. Tests can read its transaction counters.
 */
public class ExternalNeo4jTestResource implements QuarkusTestResourceLifecycleManager {

    private static DatabaseManagementService dbms;
    private Path home;

    @Override
    public Map<String, String> start() {
        home = EmbeddedNeo4jTestResource.newTempDir("accord-external-neo4j");
        int port = EmbeddedNeo4jTestResource.freePort();
        dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
                .build();
        // A routing URI, as for a cluster: the driver asks the server for its routing table and sends reads to
        // readers, which for a single server is itself.
        return Map.of("quarkus.neo4j.uri", "neo4j://127.0.0.1:" + port);
    }

    @Override
    public void stop() {
        dbms.shutdown();
        EmbeddedNeo4jTestResource.deleteTree(home);
    }

    /** Transactions started on the default database so far; each query the application runs starts one. */
    public static long startedTransactions() {
        GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        return db.getDependencyResolver().resolveDependency(TransactionCounters.class)
                .getNumberOfStartedTransactions();
    }
}
