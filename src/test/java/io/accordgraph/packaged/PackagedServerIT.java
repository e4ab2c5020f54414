package io.accordgraph.packaged;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import io.accordgraph.EmbeddedNeo4jTestResource;

/**
 * The packaged jar, run as a user runs it: it answers the README's first query on its embedded Neo4j, keeps its data
 * on disk across a restart, and does not load the seed a second time.
 */
class PackagedServerIT {

    private static final String WRITE = "mutation { upsertIssue(input: {id: \"written-with-the-token\", "
            + "name: \"Token\", newSources: [{id: \"token-report\", name: \"Token report\"}]}) { id } }";
    private static final String DELEGATIONS = "delegations { name state { name } head { name } members { name } }";

    @Test
    void answersTheDelegationsQueryAndKeepsItsDataAcrossARestart() throws Exception {
        // Under target/, so that the servers' logs stay there for a look after a failure.
        Path dir = Path.of("target", "packaged-server-it").toAbsolutePath();
        EmbeddedNeo4jTestResource.deleteTree(dir);
        Files.createDirectories(dir);
        int httpPort = EmbeddedNeo4jTestResource.freePort();
        int boltPort = EmbeddedNeo4jTestResource.freePort();
        Path data = dir.resolve("neo4j");
        long nodesAfterFirstRun;

        try (PackagedServer server = PackagedServer.start(dir, httpPort, boltPort, data, dir.resolve("first.log"))) {
            server.post("{ " + DELEGATIONS + " }")
                    .body("errors", nullValue())
                    .body("data.delegations.name", contains("Russian delegation", "Ukrainian delegation"))
                    .body("data.delegations.state.name", contains("Russia", "Ukraine"))
                    .body("data.delegations.head.name", contains("Vladimir Medinsky", "Rustem Umerov"))
                    .body("data.delegations.members.name", contains(List.of("Igor Kostyukov", "Vladimir Medinsky"),
                            List.of("Kyrylo Budanov", "Rustem Umerov")));
            assertThat(server.log(), containsString("Neo4j: embedded server at bolt://127.0.0.1:" + boltPort
                    + ", data in " + data.toAbsolutePath()));
            assertThat(server.log(), containsString("Listening on: http://0.0.0.0:" + httpPort));
            assertThat(server.log(), containsString("Seed seed/geneva-talks-2026-02-17.json loaded"));
            assertThat(server.log(), containsString("the editor token is in " + dir.resolve("data/editor.token")));
            // Writes need the token the server wrote where its user runs it.
            server.post(WRITE).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
            server.post(Files.readString(dir.resolve("data/editor.token")).strip(), WRITE).body("errors", nullValue());
            // Another client of the same database writes a node of its own.
            try (Driver bolt = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, boltAuth(dir))) {
                bolt.executableQuery("CREATE (:Issue:Entity {id: 'written-before-restart', name: 'Marker', "
                        + "aliases: []})").execute();
                nodesAfterFirstRun = countNodes(bolt);
            }
        }

        try (PackagedServer server = PackagedServer.start(dir, httpPort, boltPort, data, dir.resolve("second.log"))) {
            server.post("{ entity(id: \"written-before-restart\") { name } " + DELEGATIONS + " }")
                    .body("errors", nullValue())
                    .body("data.entity.name", equalTo("Marker"))
                    .body("data.delegations.head.name", contains("Vladimir Medinsky", "Rustem Umerov"));
            assertThat(server.log(), not(containsString("loaded:")));
            try (Driver bolt = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, boltAuth(dir))) {
                assertEquals(nodesAfterFirstRun, countNodes(bolt));
            }
        }
    }

    /** The generated password of the embedded server, which another client of the database needs too. */
    private static AuthToken boltAuth(Path dir) throws IOException {
        return AuthTokens.basic("neo4j", Files.readString(dir.resolve("data/neo4j.password")).strip());
    }

    private static long countNodes(Driver driver) {
        return driver.executableQuery("MATCH (n) RETURN count(n) AS nodes").execute().records().get(0)
                .get("nodes").asLong();
    }
}
