package io.accordgraph.embedded;

import java.nio.file.Path;
import java.util.Map;

import io.accordgraph.graph.GeneratedSecretSource;
import io.accordgraph.graph.SecretFile;
import io.smallrye.config.ConfigSourceContext;

/**
 * The embedded server's password, so that no other local process can write the graph over its Bolt port: generated at
 * the first start, kept owner-only in {@code accord.neo4j.embedded.password-file}, and given to the driver as
 * {@code quarkus.neo4j.authentication.*}. An external Neo4j keeps the credentials its user configures: nothing is
 * generated then.
 */
public class EmbeddedNeo4jPassword extends GeneratedSecretSource {

    static final String PASSWORD_KEY = "quarkus.neo4j.authentication.password";

    @Override
    protected Map<String, String> values(ConfigSourceContext context) {
        if (!EmbeddedNeo4j.EMBEDDED_URI_EXPRESSION.equals(raw(context, EmbeddedNeo4j.URI_KEY))
                || "false".equalsIgnoreCase(value(context, "accord.neo4j.embedded.enabled", "true"))) {
            return Map.of();
        }
        Path file = Path.of(value(context, "accord.neo4j.embedded.password-file", EmbeddedNeo4jConfig.PASSWORD_FILE))
                .toAbsolutePath();
        return Map.of("quarkus.neo4j.authentication.username", EmbeddedNeo4jServer.USER,
                PASSWORD_KEY, SecretFile.readOrCreate(file, SecretFile::randomSecret));
    }

    @Override
    protected String name() {
        return "embedded Neo4j password file";
    }
}
