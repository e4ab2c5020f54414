package io.accordgraph.embedded;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the Neo4j server that runs inside the application when no external one is configured. */
@ConfigMapping(prefix = "accord.neo4j.embedded")
public interface EmbeddedNeo4jConfig {

    String PASSWORD_FILE = "data/neo4j.password";

    /** Start the embedded server unless {@code quarkus.neo4j.uri} points elsewhere. */
    @WithDefault("true")
    boolean enabled();

    /** Where the database files live; a relative path is resolved against the working directory. */
    @WithDefault("data/neo4j")
    String dataDir();

    /** Loopback port of the Bolt connector; the driver reaches the server there, so it must be fixed. */
    @WithDefault("7687")
    int boltPort();

    /**
     * The file holding the password of the server's user {@code neo4j}, written owner-only at the first start; a
     * relative path is resolved against the working directory. Read by {@link EmbeddedNeo4jPassword}.
     */
    @WithDefault(PASSWORD_FILE)
    String passwordFile();

    /** Neo4j page cache size, in Neo4j's notation (for example {@code 128m}, {@code 1g}). */
    @WithDefault("128m")
    String pageCache();

    /**
     * How often the full-text index that {@code search} reads takes in what was written: a write is found by
     * {@code search} at most this long after it committed. Neo4j's {@code
     * db.index.fulltext.eventually_consistent_refresh_interval}.
     */
    @WithDefault("1s")
    Duration searchRefresh();
}
