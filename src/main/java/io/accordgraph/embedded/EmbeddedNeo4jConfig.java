package io.accordgraph.embedded;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the Neo4j server that runs inside the application when no external one is configured. */
@ConfigMapping(prefix = "accord.neo4j.embedded")
public interface EmbeddedNeo4jConfig {

    /** Start the embedded server unless {@code quarkus.neo4j.uri} points elsewhere. */
    @WithDefault("true")
    boolean enabled();

    /** Where the database files live; a relative path is resolved against the working directory. */
    @WithDefault("data/neo4j")
    String dataDir();

    /** Loopback port of the Bolt connector; the driver reaches the server there, so it must be fixed. */
    @WithDefault("7687")
    int boltPort();

    /** Neo4j page cache size, in Neo4j's notation (for example {@code 128m}, {@code 1g}). */
    @WithDefault("128m")
    String pageCache();
}
