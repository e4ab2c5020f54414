package io.accordgraph.embedded;

/** The embedded server's Bolt port is taken; the message tells the user which setting to change. */
public class BoltPortInUseException extends IllegalStateException {

    public BoltPortInUseException(int port) {
        super("Port " + port + " on 127.0.0.1 is already in use, so the embedded Neo4j cannot open Bolt there. "
                + "Set accord.neo4j.embedded.bolt-port (env ACCORD_NEO4J_EMBEDDED_BOLT_PORT) to a free port, "
                + "or point quarkus.neo4j.uri (env QUARKUS_NEO4J_URI) at a running Neo4j.");
    }
}
