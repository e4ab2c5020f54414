package io.accordgraph.neo4j;

import java.time.Duration;
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
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.graph.model.SortKeys;
import io.quarkus.runtime.StartupEvent;

/**
 * Makes sure the database has the constraints and indexes the graph relies on, and only those, since every write
 * pays for each index of what it writes: ids are unique per label and across labels (through the shared
 * {@code Entity} label), each uniqueness constraint gives the index that id lookups use; a range index per kind on
 * each sort key and the id serves ordered pages, a range index per kind on the name key serves name filters
 * ({@code eq} seeks it, {@code startsWith} seeks a range of it, {@code contains} scans it without reading nodes), and
 * a full-text index serves {@code search}.
 * <p>
 * The full-text index is a Lucene index, which costs a commit several times what the rest of a small write does.
 * It is eventually consistent: a commit queues its updates, Neo4j applies them in the background and makes them
 * searchable at its next refresh ({@code accord.neo4j.embedded.search-refresh}), so {@code search} finds a write
 * within that interval, as in Elasticsearch. Nothing that must be exact reads it.
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

    // Earlier versions made a full-text index of the sources each fact cites; deleting a source now counts its
    // citations exactly instead (GraphWrites), and every write no longer pays for that index.
    private static final String DROPPED_CITATION_INDEX = "DROP INDEX fact_sources IF EXISTS";

    // A full-text index made before it was eventually consistent; the options of an index cannot be changed.
    private static final String STALE_FULLTEXT = "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = $name "
            + "AND NOT coalesce(options.indexConfig.`fulltext.eventually_consistent`, false) RETURN name";

    // Lucene's query for every document: the index has taken in the graph once it holds a document per named node.
    private static final String SEARCHABLE = "CALL db.index.fulltext.queryNodes('" + FULLTEXT_INDEX + "', '*:*') "
            + "YIELD node WITH count(node) AS found RETURN found >= COUNT { MATCH (n:" + EntityType.ENTITY_LABEL
            + ") WHERE n.name IS NOT NULL }";
    private static final Duration SEARCHABLE_POLL = Duration.ofMillis(50);

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
                    Map.of("name", FULLTEXT_INDEX)).list(r -> r.get(0).asString()));
            session.executeWriteWithoutResult(tx -> {
                // Index names come from this class or from the database, never from a request.
                stale.forEach(name -> tx.run("DROP INDEX " + name).consume());
                tx.run(DROPPED_CITATION_INDEX).consume();
                Arrays.stream(EntityType.values()).forEach(type -> tx.run("DROP INDEX "
                        + type.label().toLowerCase(Locale.ROOT) + "_name_key IF EXISTS").consume());
                labels.forEach(label -> tx.run(uniqueId(label)).consume());
                for (EntityType type : EntityType.values()) {
                    tx.run(nameKeyIndex(type.label())).consume();
                    SortKeys.ordered(type).forEach(key -> tx.run(sortIndex(type.label(), key)).consume());
                }
                tx.run(FULLTEXT).consume();
            });
            // A query planned on an index that is still being filled fails, so the first requests wait for them.
            session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", INDEX_WAIT_SECONDS)).consume();
            // Schema and data cannot change in one transaction. Graphs written before a sort key or claim keys
            // existed get them here; writes keep them current (BundleWriter).
            session.executeWriteWithoutResult(tx -> {
                for (EntityType type : EntityType.values()) {
                    Node n = Cypher.node(type.label()).named("n");
                    tx.run(Statement.render(Cypher.match(n).where(n.property("name").isNotNull()
                            .and(SortKeys.stale(type, n))).set(SortKeys.assignments(type, n)).build())).consume();
                }
                for (Predicate predicate : Predicate.facts()) {
                    Relationship r = predicate.out().relationship(Cypher.anyNode(), Cypher.anyNode()).named("r");
                    tx.run(Statement.render(Cypher.match(r).where(r.property(Claim.KEY).isNull())
                            .set(r.property(Claim.KEY).to(Claim.keyOf(r))).build())).consume();
                }
            });
        }
    }

    /**
     * Waits until {@code search} finds every named node written so far, at most {@code max}: after start-up has
     * loaded the seed, so that the first search a user makes already finds it.
     *
     * @return whether it does
     */
    public boolean awaitSearchable(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        try (Session session = driver.session()) {
            while (!session.executeRead(tx -> tx.run(SEARCHABLE).single().get(0).asBoolean())) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(SEARCHABLE_POLL.toMillis());
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
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
