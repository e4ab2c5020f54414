package io.accordgraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Hop;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.graph.model.SortKeys;
import io.quarkus.runtime.StartupEvent;

/**
 * Makes sure the database has the constraints and indexes the graph relies on, and only those, since every write
 * pays for each index of what it writes: ids are unique per label and across labels (through the shared
 * {@code Entity} label), each uniqueness constraint gives the index that id lookups use; a range index per kind on
 * each sort key and the id serves ordered pages, a range index per kind on the name key serves name filters
 * ({@code eq} seeks it, {@code startsWith} seeks a range of it, {@code contains} scans it without reading nodes), a
 * full-text index serves {@code search}, and another finds the facts that cite a source.
 * <p>
 * The two full-text indexes are Lucene indexes, which cost a commit several times what the rest of a small write
 * does. They are eventually consistent: a commit queues their updates and Neo4j applies them in the background. The
 * reads that use them, {@code search} and the citation count before a source is deleted, first wait for the queue
 * to be applied ({@link #AWAIT_FULLTEXT}), so they see every committed write as before, and only they wait.
 */
@ApplicationScoped
public class GraphSchema {

    /** Name of the full-text index that {@code search} queries. */
    public static final String FULLTEXT_INDEX = "entity_text";

    // Names, aliases (a list of strings, which full-text indexes take) and statement text, of every kind. The
    // folding analyzer lower-cases and strips accents, so `zelenskyy` finds `Zelenskyy` and `Kyiv` finds `Kyïv`.
    private static final String FULLTEXT = "CREATE FULLTEXT INDEX " + FULLTEXT_INDEX + " IF NOT EXISTS FOR (n:"
            + EntityType.ENTITY_LABEL + ") ON EACH [n.name, n.aliases, n.text] "
            + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', "
            + "`fulltext.eventually_consistent`: true}}";

    /**
     * Opens a statement that reads a full-text index: it waits until the index has applied the updates of every
     * transaction committed so far, which makes an eventually consistent index read like an immediate one.
     */
    public static final String AWAIT_FULLTEXT = "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh() ";

    /** Name of the full-text index of the sources each fact cites, which deleting a source queries. */
    public static final String CITATION_INDEX = "fact_sources";

    // A relationship property that holds a list has no range index; a full-text index takes lists of strings, and
    // its keyword analyzer keeps each source id whole, as one exact term. A fact type added to the model later
    // needs the index dropped once, so that it is created again over every type.
    private static final String CITATIONS = "CREATE FULLTEXT INDEX " + CITATION_INDEX + " IF NOT EXISTS FOR "
            + Hop.anyFact("", "r", "") + " ON EACH [r." + Predicate.SOURCES + "] "
            + "OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: true}}";

    // Full-text indexes made before they were eventually consistent; the options of an index cannot be changed.
    private static final String STALE_FULLTEXT = "SHOW FULLTEXT INDEXES YIELD name, options WHERE name IN $names "
            + "AND NOT coalesce(options.indexConfig.`fulltext.eventually_consistent`, false) RETURN name";

    /** How long start-up waits for new indexes to be filled, e.g. on a large graph written before they existed. */
    private static final long INDEX_WAIT_SECONDS = 600;

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

    /**
     * Creates what is missing and drops what an earlier version made and no longer uses, in one transaction: one
     * commit and one wait for the new indexes to populate.
     */
    public void ensure() {
        List<String> labels = new ArrayList<>();
        labels.add(EntityType.ENTITY_LABEL);
        Arrays.stream(EntityType.values()).map(EntityType::label).forEach(labels::add);
        try (Session session = driver.session()) {
            List<String> stale = session.executeRead(tx -> tx.run(STALE_FULLTEXT,
                    Map.of("names", List.of(FULLTEXT_INDEX, CITATION_INDEX))).list(r -> r.get(0).asString()));
            session.executeWriteWithoutResult(tx -> {
                // Index names come from this class or from the database, never from a request.
                stale.forEach(name -> tx.run("DROP INDEX " + name).consume());
                Arrays.stream(EntityType.values()).forEach(type -> tx.run("DROP INDEX "
                        + type.label().toLowerCase(Locale.ROOT) + "_name_key IF EXISTS").consume());
                labels.forEach(label -> tx.run(uniqueId(label)).consume());
                for (EntityType type : EntityType.values()) {
                    tx.run(nameKeyIndex(type.label())).consume();
                    SortKeys.ordered(type).forEach(key -> tx.run(sortIndex(type.label(), key)).consume());
                }
                tx.run(FULLTEXT).consume();
                tx.run(CITATIONS).consume();
            });
            // A query planned on an index that is still being filled fails, so the first requests wait for them.
            session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", INDEX_WAIT_SECONDS)).consume();
            // Schema and data cannot change in one transaction. Graphs written before a sort key or claim keys
            // existed get them here; writes keep them current (BundleWriter).
            session.executeWriteWithoutResult(tx -> {
                for (EntityType type : EntityType.values()) {
                    tx.run("MATCH (n:" + type.label() + ") WHERE n.name IS NOT NULL AND " + SortKeys.stale(type, "n")
                            + " SET " + SortKeys.assignments(type, "n")).consume();
                }
                for (Predicate predicate : Predicate.facts()) {
                    tx.run("MATCH " + predicate.out().between("", "r", "") + " WHERE r." + Claim.KEY + " IS NULL SET r."
                            + Claim.KEY + " = " + Claim.keyOf("r")).consume();
                }
            });
        }
    }

    /**
     * Serves case-insensitive name filters ({@code eq}, {@code startsWith}, {@code contains}) of one kind. A range
     * index, not a text index: both serve the three, and the text index is a Lucene index, which made a small write
     * cost twice as much. (Earlier versions made that text index under the name {@code <label>_name_key}.)
     */
    private static String nameKeyIndex(String label) {
        return "CREATE RANGE INDEX " + label.toLowerCase(Locale.ROOT) + "_name_key_range IF NOT EXISTS FOR (n:" + label
                + ") ON (n." + EntityType.NAME_KEY + ")";
    }

    /**
     * Serves a list of one kind ordered by {@code key} then id, read in index order and cut after the page instead
     * of sorting the whole label.
     */
    private static String sortIndex(String label, String key) {
        return "CREATE RANGE INDEX " + label.toLowerCase(Locale.ROOT) + "_" + key.toLowerCase(Locale.ROOT)
                + "_order IF NOT EXISTS FOR (n:" + label + ") ON (n." + key + ", n.id)";
    }

    // Labels come from EntityType, never from a request: schema commands cannot take them as parameters.
    private static String uniqueId(String label) {
        return "CREATE CONSTRAINT " + label.toLowerCase(Locale.ROOT) + "_id IF NOT EXISTS FOR (n:" + label
                + ") REQUIRE n.id IS UNIQUE";
    }
}
