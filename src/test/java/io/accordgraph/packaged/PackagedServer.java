package io.accordgraph.packaged;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The packaged application in a JVM of its own, started the way the README starts it. */
final class PackagedServer implements AutoCloseable {

    private static final Path JAR = Path.of(System.getProperty("accord.jar", "target/quarkus-app/quarkus-run.jar"));
    /** The Java options the README's command gives the server. */
    private static final Path SERVER_ARGS = Path.of("src/main/jvm/server.args");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final Path log;
    final int httpPort;

    private PackagedServer(Process process, Path log, int httpPort) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
    }

    /**
     * Starts the server in {@code workDir}, where it keeps its generated secrets under {@code data/} as it would in a
     * user's directory, on its embedded Neo4j in {@code dataDir}; returns once it answers GraphQL.
     */
    static PackagedServer start(Path workDir, int httpPort, int boltPort, Path dataDir, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "@" + SERVER_ARGS.toAbsolutePath(),
                "-Dquarkus.http.port=" + httpPort, "-Daccord.neo4j.embedded.bolt-port=" + boltPort,
                "-Daccord.neo4j.embedded.data-dir=" + dataDir, "-jar", JAR.toAbsolutePath().toString()))
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PackagedServer server = new PackagedServer(process, log, httpPort);
        server.awaitFirstAnswer();
        return server;
    }

    private void awaitFirstAnswer() throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited at start:\n" + log());
            }
            try {
                post("{ __typename }");
                return;
            } catch (Exception notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("The server did not answer within " + START_TIMEOUT + ":\n" + log());
    }

    io.restassured.response.ValidatableResponse post(String query) {
        return post(given(), query);
    }

    /** Posts as the holder of {@code token}. */
    io.restassured.response.ValidatableResponse post(String token, String query) {
        return post(given().auth().oauth2(token), query);
    }

    private io.restassured.response.ValidatableResponse post(RequestSpecification request, String query) {
        return request.baseUri("http://127.0.0.1").port(httpPort).contentType(ContentType.JSON)
                .body(Map.of("query", query)).when().post("/graphql").then().statusCode(200);
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /** Stops the server as a service manager would, with SIGTERM, and waits for a clean exit. */
    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The server did not stop within 30 s:\n" + log());
        }
    }
}
