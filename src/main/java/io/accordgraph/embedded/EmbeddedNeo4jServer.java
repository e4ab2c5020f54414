package io.accordgraph.embedded;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.FulltextSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * One Neo4j DBMS in this JVM, reachable only over Bolt on the loopback interface and only with the password of its
 * user {@code neo4j}: another local process cannot write the graph behind the application's back.
 */
public final class EmbeddedNeo4jServer implements AutoCloseable {

    /** The user the application connects as. */
    public static final String USER = "neo4j";
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration QUICK_SHUTDOWN = Duration.ofMillis(200);

    private final DatabaseManagementService dbms;
    private final int boltPort;

    private EmbeddedNeo4jServer(DatabaseManagementService dbms, int boltPort) {
        this.dbms = dbms;
        this.boltPort = boltPort;
    }

    /**
     * Starts a DBMS whose files live in {@code home}, its user {@code neo4j} having {@code password};
     * {@code searchRefresh} is how often full-text indexes make what was written to them searchable.
     *
     * @throws BoltPortInUseException when {@code boltPort} is taken by another process
     */
    public static EmbeddedNeo4jServer start(Path home, int boltPort, String pageCache, Duration searchRefresh,
            String password) {
        if (boltPort != 0) {
            ensurePortIsFree(boltPort);
        }
        // Neo4j's log4j would otherwise register its own JVM shutdown hook and log "Shutdown in progress".
        System.setProperty("log4j2.shutdownHookEnabled", "false");
        // At every start, so that a data directory made before the server had a password gets this one too.
        InitialPassword.write(home, USER, password);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, boltPort))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                // By default an eventually consistent full-text index opens a new Lucene reader after every
                // transaction: a segment flushed, written and merged per commit, which made small writes 7 times
                // slower (48.6 writes/s against 349.3, src/bench/writes.sh's driver row). Refreshed on a period
                // instead, one refresh serves every write of that period.
                .setConfig(FulltextSettings.eventually_consistent_refresh_interval, searchRefresh)
                // A large import is one transaction; its state off the heap keeps it from crowding out the app's.
                .setConfig(GraphDatabaseSettings.tx_state_memory_allocation,
                        GraphDatabaseSettings.TransactionStateMemoryAllocation.OFF_HEAP)
                // Bolt waits 5 s + 5 s for idle connections by default, which makes every stop slow.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, QUICK_SHUTDOWN)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, QUICK_SHUTDOWN)
                .build();
        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        int bound = system.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        return new EmbeddedNeo4jServer(dbms, bound);
    }

    private static void ensurePortIsFree(int port) {
        // Reuse as Neo4j does, so sockets of a previous run still in TIME_WAIT do not count as "in use".
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port));
        } catch (BindException e) {
            throw new BoltPortInUseException(port);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot check Bolt port " + port + ": " + e.getMessage(), e);
        }
    }

    public String boltUri() {
        return "bolt://" + LOOPBACK + ":" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
