package io.accordgraph.bundle;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;

import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.graph.model.SortKeys;

/** Writes a prepared bundle inside one transaction, with MERGE throughout so that writing it twice changes nothing. */
final class BundleWriter {

    private static final String REPORTED_BY = "UNWIND $rows AS row MATCH (n:" + EntityType.ENTITY_LABEL
            + " {id: row.id}) UNWIND row.sources AS sid MATCH (s:" + EntityType.SOURCE.label() + " {id: sid}) MERGE "
            + Predicate.REPORTED_BY.out().between("n", "", "s");
    // A fact reported again by another source keeps its earlier sources too.
    private static final String ADD_SOURCES = "SET r." + Predicate.SOURCES + " = reduce(acc = coalesce(r."
            + Predicate.SOURCES + ", []), s IN row.sources | CASE WHEN s IN acc THEN acc ELSE acc + s END)";

    private static final int ROWS_PER_STATEMENT = 10_000;

    private final TransactionContext tx;
    private int nodesCreated;
    private int relationshipsCreated;

    private BundleWriter(TransactionContext tx) {
        this.tx = tx;
    }

    static LoadResult write(TransactionContext tx, PreparedBundle bundle) {
        BundleWriter writer = new BundleWriter(tx);
        // Sources first: every other write links to them.
        writer.nodes(EntityType.SOURCE, bundle.nodes().getOrDefault(EntityType.SOURCE, List.of()));
        bundle.nodes().forEach((type, rows) -> {
            if (type != EntityType.SOURCE) {
                writer.nodes(type, rows);
            }
        });
        bundle.nodes().values().forEach(rows -> writer.run(REPORTED_BY, rows));
        bundle.relationships().forEach(writer::relationships);
        return new LoadResult(writer.nodesCreated, writer.relationshipsCreated);
    }

    // Labels and relationship types come from EntityType and Predicate, never from the bundle's text.
    private void nodes(EntityType type, List<Map<String, Object>> rows) {
        run("UNWIND $rows AS row MERGE (n:" + type.label() + ":" + EntityType.ENTITY_LABEL + " {id: row.id}) "
                + "SET n += row.props SET " + SortKeys.assignments(type, "n"), rows);
    }

    private void relationships(Predicate kind, List<Map<String, Object>> rows) {
        String key = kind.key() == null ? "" : "{" + kind.key() + ": row.key}";
        run("UNWIND $rows AS row MATCH (a:" + EntityType.ENTITY_LABEL + " {id: row.from}) MATCH (b:"
                + EntityType.ENTITY_LABEL + " {id: row.to}) MERGE " + kind.out().keyed("a", "r", key, "b")
                + " SET r += row.props " + ADD_SOURCES, rows);
    }

    // Still one transaction, but each statement carries a slice of the rows: the driver and the database each hold
    // a copy of a statement's parameters while it runs, which for a whole 100,000-entity bundle crowds the heap.
    private void run(String cypher, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Map<String, Object>> slice = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            SummaryCounters counters = tx.run(cypher, Map.of("rows", slice)).consume().counters();
            nodesCreated += counters.nodesCreated();
            relationshipsCreated += counters.relationshipsCreated();
        }
    }
}
