package io.accordgraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import io.quarkus.runtime.StartupEvent;

/**
 * Makes sure the database has the constraints and indexes the graph relies on: ids are unique per label and across
 * labels (through the shared {@code Entity} label), each uniqueness constraint gives the index that id lookups use,
 * and a full-text index serves {@code search}.
 */
@ApplicationScoped
public class GraphSchema {

    /** Name of the full-text index that {@code search} queries. */
    public static final String FULLTEXT_INDEX = "entity_text";

    // Names, aliases (a list of strings, which full-text indexes take) and statement text, of every kind. The
    // folding analyzer lower-cases and strips accents, so `zelenskyy` finds `Zelenskyy` and `Kyiv` finds `Kyïv`.
    private static final String FULLTEXT = "CREATE FULLTEXT INDEX " + FULLTEXT_INDEX + " IF NOT EXISTS FOR (n:"
            + EntityType.ENTITY_LABEL + ") ON EACH [n.name, n.aliases, n.text] "
            + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}";
    // Graphs written before name keys existed get them here; writes keep them current (BundleWriter).
    private static final String NAME_KEYS = "MATCH (n:" + EntityType.ENTITY_LABEL + ") WHERE n.name IS NOT NULL "
            + "AND (n." + EntityType.NAME_KEY + " IS NULL OR n." + EntityType.NAME_KEY + " <> toLower(n.name)) "
            + "SET n." + EntityType.NAME_KEY + " = toLower(n.name)";

    private final Driver driver;
    private final String uri;

    GraphSchema(Driver driver, @ConfigProperty(name = "quarkus.neo4j.uri") String uri) {
        this.driver = driver;
        this.uri = uri;
    }

    // After the embedded server has started (PLATFORM_BEFORE), before the seed is loaded (default priority).
    // This is the server's first query, so it is where a wrong URI or password shows: say which setting to fix,
    // without the driver's pages of nested causes (the message already holds what they say).
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100) StartupEvent event) {
        try {
            ensure();
        } catch (ServiceUnavailableException e) {
            throw new IllegalStateException("Cannot reach Neo4j at " + uri + " (" + e.getMessage() + "). Check "
                    + "quarkus.neo4j.uri (env QUARKUS_NEO4J_URI) and that the server is running.");
        } catch (AuthenticationException e) {
            throw new IllegalStateException("Neo4j at " + uri + " refused the credentials. Check "
                    + "QUARKUS_NEO4J_AUTHENTICATION_USERNAME and QUARKUS_NEO4J_AUTHENTICATION_PASSWORD.");
        }
    }

    /** Creates what is missing, in one transaction: one commit and one wait for the new indexes to populate. */
    public void ensure() {
        List<String> labels = new ArrayList<>();
        labels.add(EntityType.ENTITY_LABEL);
        Arrays.stream(EntityType.values()).map(EntityType::label).forEach(labels::add);
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                labels.forEach(label -> tx.run(uniqueId(label)).consume());
                labels.forEach(label -> tx.run(nameKeyIndex(label)).consume());
                tx.run(FULLTEXT).consume();
            });
            // Schema and data cannot change in one transaction.
            session.executeWriteWithoutResult(tx -> tx.run(NAME_KEYS).consume());
        }
    }

    /** Serves case-insensitive name filters ({@code eq}, {@code startsWith}, {@code contains}) of one kind. */
    private static String nameKeyIndex(String label) {
        return "CREATE TEXT INDEX " + label.toLowerCase(Locale.ROOT) + "_name_key IF NOT EXISTS FOR (n:" + label
                + ") ON (n." + EntityType.NAME_KEY + ")";
    }

    // Labels come from EntityType, never from a request: schema commands cannot take them as parameters.
    private static String uniqueId(String label) {
        return "CREATE CONSTRAINT " + label.toLowerCase(Locale.ROOT) + "_id IF NOT EXISTS FOR (n:" + label
                + ") REQUIRE n.id IS UNIQUE";
    }
}
