package io.accordgraph.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;

import io.accordgraph.graph.Problem;
import io.accordgraph.graph.RejectedException;
import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.graph.model.SortKeys;

/**
 * Writes a prepared bundle inside one transaction, with MERGE throughout so that writing it twice changes nothing.
 * Facts are written as claims ({@link Claim}): one relationship per distinct set of qualifiers, each with the
 * sources that state exactly that; what each source says of a node is kept on its REPORTED_BY relationship.
 */
final class BundleWriter {

    private static final String REPORTED_BY = "UNWIND $rows AS row MATCH (n:" + EntityType.ENTITY_LABEL
            + " {id: row.id}) UNWIND row.sources AS sid MATCH (s:" + EntityType.SOURCE.label() + " {id: sid}) MERGE "
            + Predicate.REPORTED_BY.out().between("n", "said", "s") + " ON CREATE SET " + recorded("said")
            + " SET said += coalesce(row.statedBy[sid], row.stated) RETURN count(*)";
    // A claim stated again by another source keeps its earlier sources too.
    private static final String ADD_SOURCES = "SET r." + Predicate.SOURCES + " = reduce(acc = coalesce(r."
            + Predicate.SOURCES + ", []), s IN row.sources | CASE WHEN s IN acc THEN acc ELSE acc + s END)";

    private static final int ROWS_PER_STATEMENT = 10_000;

    private final TransactionContext tx;
    private final String recordedBy;
    private int nodesCreated;
    private int relationshipsCreated;

    private BundleWriter(TransactionContext tx, String recordedBy) {
        this.tx = tx;
        this.recordedBy = recordedBy;
    }

    /** Writes the bundle; {@code recordedBy} names who wrote it on each new claim. */
    static LoadResult write(TransactionContext tx, PreparedBundle bundle, String recordedBy) {
        BundleWriter writer = new BundleWriter(tx, recordedBy);
        // Sources first: every other write links to them.
        writer.nodes(EntityType.SOURCE, bundle.nodes().getOrDefault(EntityType.SOURCE, List.of()));
        bundle.nodes().forEach((type, rows) -> {
            if (type != EntityType.SOURCE) {
                writer.nodes(type, rows);
            }
        });
        bundle.nodes().forEach(writer::reportedBy);
        bundle.nodes().forEach((type, rows) -> {
            if (type != EntityType.SOURCE) {
                writer.settle(type, rows);
            }
        });
        bundle.relationships().forEach(writer::relationships);
        return new LoadResult(writer.nodesCreated, writer.relationshipsCreated);
    }

    // Labels and relationship types come from EntityType and Predicate, never from the bundle's text.
    private void nodes(EntityType type, List<Map<String, Object>> rows) {
        run("UNWIND $rows AS row MERGE (n:" + type.label() + ":" + EntityType.ENTITY_LABEL + " {id: row.id}) "
                + "SET n += row.props SET " + SortKeys.assignments(type, "n"), rows);
    }

    /**
     * Links each node to the sources that state it, with what each says of it: its properties but the other names,
     * which are all kept. A source's own fields are its own, not what the sources relaying it say.
     */
    @SuppressWarnings("unchecked")
    private void reportedBy(EntityType type, List<Map<String, Object>> rows) {
        linked("sources", REPORTED_BY, rows.stream().map(row -> {
            Map<String, Object> stated = new HashMap<>();
            if (type != EntityType.SOURCE) {
                stated.putAll((Map<String, Object>) row.get("props"));
                stated.remove("aliases");
            }
            Map<String, Object> withStated = new HashMap<>(row);
            withStated.put("stated", stated);
            withStated.putIfAbsent("statedBy", Map.of());
            return withStated;
        }).toList(), rows.stream().mapToLong(row -> ((List<?>) row.get("sources")).size()).sum());
    }

    /**
     * Sets each property of the nodes that several sources state to what the most recently published of them says;
     * a node with one source already holds what it says.
     */
    private void settle(EntityType type, List<Map<String, Object>> rows) {
        List<String> items = new ArrayList<>();
        items.add("n.name = " + Claim.current("n", "name"));
        type.properties().forEach(p -> items.add("n." + p.name() + " = " + Claim.current("n", p.name())));
        run("UNWIND $rows AS row MATCH (n:" + type.label() + " {id: row.id}) WITH n WHERE COUNT { "
                + Predicate.REPORTED_BY.out().between("n", "", "") + " } > 1 SET " + String.join(", ", items)
                + " SET " + SortKeys.assignments(type, "n"), rows);
    }

    @SuppressWarnings("unchecked")
    private void relationships(Predicate kind, List<Map<String, Object>> rows) {
        linked("relationships", "UNWIND $rows AS row MATCH (a:" + EntityType.ENTITY_LABEL + " {id: row.from}) "
                + "MATCH (b:" + EntityType.ENTITY_LABEL + " {id: row.to}) MERGE " + kind.out().keyed("a", "r", "{"
                + Claim.KEY + ": row.claim}", "b") + " ON CREATE SET r += row.props, " + recorded("r") + " "
                + ADD_SOURCES + " RETURN count(*)", rows.stream().map(row -> {
                    Map<String, Object> keyed = new HashMap<>(row);
                    keyed.put("claim", Claim.key((Map<String, Object>) row.get("props")));
                    return keyed;
                }).toList(), rows.size());
    }

    /** When and by whom a claim was first written: server time, and the writer's name as a parameter. */
    private static String recorded(String r) {
        return r + "." + Claim.RECORDED_AT + " = datetime(), " + r + "." + Claim.RECORDED_BY + " = $recordedBy";
    }

    /**
     * Runs a statement that MATCHes the ends of what it links, and refuses the bundle when fewer links were written
     * than asked for: a MATCH that finds no end drops its row without a word, and the import would report success
     * without those facts. The validation locks every node it found, so this is the last line of defence.
     */
    private void linked(String path, String cypher, List<Map<String, Object>> rows, long expected) {
        long written = run(cypher, rows);
        if (written != expected) {
            throw RejectedException.of(Problem.conflict(path, (expected - written) + " of " + expected
                    + " links lead to a node that was deleted while the bundle was written; nothing was written"));
        }
    }

    // Still one transaction, but each statement carries a slice of the rows: the driver and the database each hold
    // a copy of a statement's parameters while it runs, which for a whole 100,000-entity bundle crowds the heap.
    /** Runs the statement over all rows, slice by slice, and gives the sum of its one number, if it returns one. */
    private long run(String cypher, List<Map<String, Object>> rows) {
        long returned = 0;
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Map<String, Object>> slice = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            Result result = tx.run(cypher, Map.of("rows", slice, "recordedBy", recordedBy));
            returned += result.hasNext() ? result.single().get(0).asLong() : 0;
            SummaryCounters counters = result.consume().counters();
            nodesCreated += counters.nodesCreated();
            relationshipsCreated += counters.relationshipsCreated();
        }
        return returned;
    }
}
