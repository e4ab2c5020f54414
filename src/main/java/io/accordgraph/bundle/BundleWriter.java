package io.accordgraph.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;

import io.accordgraph.error.CodedException;
import io.accordgraph.error.Problem;
import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.graph.model.SortKeys;
import io.accordgraph.neo4j.GraphWriter;
import io.accordgraph.neo4j.Statement;

/**
 * Writes a prepared bundle inside one transaction, with MERGE throughout so that writing it twice changes nothing.
 * Facts are written as claims ({@link Claim}): one relationship per distinct set of qualifiers, each with the
 * sources that state exactly that; what each source says of a node is kept on its REPORTED_BY relationship.
 * <p>
 * The writing is a list of steps (the nodes of a kind, their sources, ...), each one {@code UNWIND} over rows. Steps
 * are packed in order into as few statements as a budget of rows allows, each step a {@code CALL} subquery that
 * sees what the ones before it wrote: a mutation is one statement, where each statement costs a round trip and a
 * plan lookup; an import of 100,000 entities is a statement per slice of rows.
 */
final class BundleWriter {

    private static final String REPORTED_BY = "MATCH (n:" + EntityType.ENTITY_LABEL + " {id: row.id}) "
            + "UNWIND row.sources AS sid MATCH (s:" + EntityType.SOURCE.label() + " {id: sid}) MERGE "
            + Predicate.REPORTED_BY.out().between("n", "said", "s") + " ON CREATE SET " + recorded("said")
            + " SET said += coalesce(row.statedBy[sid], row.stated)";
    // A claim stated again by another source keeps its earlier sources too.
    private static final String ADD_SOURCES = "SET r." + Predicate.SOURCES + " = reduce(acc = coalesce(r."
            + Predicate.SOURCES + ", []), s IN row.sources | CASE WHEN s IN acc THEN acc ELSE acc + s END)";

    // The driver and the database each hold a copy of a statement's parameters while it runs, which for a whole
    // 100,000-entity bundle crowds the heap: a statement carries at most this many rows, over all its steps.
    private static final int ROWS_PER_STATEMENT = 10_000;

    /**
     * One step of the write: Cypher run once per row (bound to {@code row}), and, for steps that MATCH the ends of
     * what they link, the bundle path to blame and how many links each row must write.
     */
    private record Step(String cypher, List<Map<String, Object>> rows, String linksAt,
            ToLongFunction<Map<String, Object>> links) {

        Step slice(int from, int to) {
            return new Step(cypher, rows.subList(from, to), linksAt, links);
        }
    }

    private final List<Step> steps = new ArrayList<>();

    private BundleWriter() {
    }

    /** What a write did, and what the statement read after it answered (null without one). */
    record Written(LoadResult result, Object answer) {
    }

    /**
     * What a bundle's validation assumed of the graph without reading it ({@link KnownKinds}): the ids it looked
     * up, in one order, and {@code [id, label]} of those it took to be there. The write's first statement locks the
     * nodes of those ids, as a lookup would, and writes only if the graph holds exactly that.
     */
    record Guard(List<String> ids, List<List<String>> present) {

        // One id a row, in the order given: the locks are taken in that order whatever plan the ids' lookup gets.
        static final String LOCKED = "UNWIND $ids AS id MATCH (n:" + EntityType.ENTITY_LABEL + " {id: id}) "
                + GraphWriter.lock("n") + " ";
        static final String KIND = "[l IN labels(n) WHERE l IN $kinds][0]";
        private static final String CHECK = "CALL { " + LOCKED + "RETURN collect([n.id, " + KIND + "]) AS present } "
                + "WITH present WHERE size(present) = size($present) AND all(p IN present WHERE p IN $present) ";

        private void addTo(StringBuilder cypher, Map<String, Object> parameters) {
            cypher.append(CHECK);
            parameters.put("ids", ids);
            parameters.put("kinds", EntityType.labels());
            parameters.put("present", present);
        }
    }

    /**
     * Writes the bundle, then reads {@code answer} (if not null) in the same statement as the last of the write,
     * which saves a round trip: a read whose one column is named {@code answer}. With a {@code guard}, nothing is
     * written, and the answer is empty, when the graph is not as the guard says.
     */
    static Optional<Written> write(TransactionContext tx, PreparedBundle bundle, String recordedBy, Statement answer,
            Guard guard) {
        BundleWriter writer = new BundleWriter();
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
                // A new node stated by one source holds what that source says: only the others need settling. (A
                // node another write created in the meantime is settled by the next write to it.)
                writer.settle(type, rows.stream().filter(row -> bundle.stored().contains((String) row.get("id"))
                        || ((List<?>) row.get("sources")).size() > 1).toList());
            }
        });
        bundle.relationships().forEach(writer::relationships);
        return writer.run(tx, recordedBy, answer, guard);
    }

    // Labels and relationship types come from EntityType and Predicate, never from the bundle's text.
    private void nodes(EntityType type, List<Map<String, Object>> rows) {
        add("MERGE (n:" + type.label() + ":" + EntityType.ENTITY_LABEL + " {id: row.id}) SET n += row.props SET "
                + SortKeys.assignments(type, "n"), rows, null, null);
    }

    /**
     * Links each node to the sources that state it, with what each says of it: its properties but the other names,
     * which are all kept. A source's own fields are its own, not what the sources relaying it say.
     */
    @SuppressWarnings("unchecked")
    private void reportedBy(EntityType type, List<Map<String, Object>> rows) {
        add(REPORTED_BY, rows.stream().filter(row -> !((List<?>) row.get("sources")).isEmpty()).map(row -> {
            Map<String, Object> stated = new HashMap<>();
            if (type != EntityType.SOURCE) {
                stated.putAll((Map<String, Object>) row.get("props"));
                stated.remove("aliases");
            }
            Map<String, Object> withStated = new HashMap<>(row);
            withStated.put("stated", stated);
            withStated.putIfAbsent("statedBy", Map.of());
            return withStated;
        }).toList(), "sources", row -> ((List<?>) row.get("sources")).size());
    }

    /**
     * Sets each property of the nodes that several sources state to what the most recently published of them says;
     * a node with one source already holds what it says.
     */
    private void settle(EntityType type, List<Map<String, Object>> rows) {
        List<String> items = new ArrayList<>();
        items.add("n.name = " + Claim.current("n", "name"));
        type.properties().forEach(p -> items.add("n." + p.name() + " = " + Claim.current("n", p.name())));
        add("MATCH (n:" + type.label() + " {id: row.id}) WITH n WHERE COUNT { "
                + Predicate.REPORTED_BY.out().between("n", "", "") + " } > 1 SET " + String.join(", ", items)
                + " SET " + SortKeys.assignments(type, "n"), rows, null, null);
    }

    @SuppressWarnings("unchecked")
    private void relationships(Predicate kind, List<Map<String, Object>> rows) {
        add("MATCH (a:" + EntityType.ENTITY_LABEL + " {id: row.from}) MATCH (b:" + EntityType.ENTITY_LABEL
                + " {id: row.to}) MERGE " + kind.out().keyed("a", "r", "{" + Claim.KEY + ": row.claim}", "b")
                + " ON CREATE SET r += row.props, " + recorded("r") + " " + ADD_SOURCES, rows.stream().map(row -> {
                    Map<String, Object> keyed = new HashMap<>(row);
                    keyed.put("claim", Claim.key((Map<String, Object>) row.get("props")));
                    return keyed;
                }).toList(), "relationships", row -> 1);
    }

    /** When and by whom a claim was first written: server time, and the writer's name as a parameter. */
    private static String recorded(String r) {
        return r + "." + Claim.RECORDED_AT + " = datetime(), " + r + "." + Claim.RECORDED_BY + " = $recordedBy";
    }

    private void add(String cypher, List<Map<String, Object>> rows, String linksAt,
            ToLongFunction<Map<String, Object>> links) {
        if (!rows.isEmpty()) {
            steps.add(new Step(cypher, rows, linksAt, links));
        }
    }

    /** Runs the steps in order, packed into statements, the answer read in the last; the guard checked in the first. */
    private Optional<Written> run(TransactionContext tx, String recordedBy, Statement answer, Guard guard) {
        List<List<Step>> statements = statements();
        if (statements.isEmpty()) {
            // No statement to check a guard in: the caller looks.
            return guard != null ? Optional.empty()
                    : Optional.of(new Written(new LoadResult(0, 0), answer == null ? null : answer.answerIn(tx)));
        }
        int nodesCreated = 0;
        int relationshipsCreated = 0;
        Object answered = null;
        for (int i = 0; i < statements.size(); i++) {
            Statement then = i == statements.size() - 1 ? answer : null;
            Result result = run(tx, statements.get(i), recordedBy, then, i == 0 ? guard : null);
            if (result == null) {
                return Optional.empty();
            }
            if (then != null) {
                answered = then.answer().apply(List.of(result.single()));
            }
            SummaryCounters counters = result.consume().counters();
            nodesCreated += counters.nodesCreated();
            relationshipsCreated += counters.relationshipsCreated();
        }
        return Optional.of(new Written(new LoadResult(nodesCreated, relationshipsCreated), answered));
    }

    /** The steps in order, sliced where needed so that a statement carries at most {@link #ROWS_PER_STATEMENT}. */
    private List<List<Step>> statements() {
        List<List<Step>> statements = new ArrayList<>();
        List<Step> statement = new ArrayList<>();
        int budget = ROWS_PER_STATEMENT;
        for (Step step : steps) {
            for (int from = 0; from < step.rows().size();) {
                int to = Math.min(step.rows().size(), from + budget);
                statement.add(step.slice(from, to));
                budget -= to - from;
                from = to;
                if (budget == 0) {
                    statements.add(statement);
                    statement = new ArrayList<>();
                    budget = ROWS_PER_STATEMENT;
                }
            }
        }
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        return statements;
    }

    /**
     * Runs steps as one statement, a {@code CALL} subquery each, which returns how many rows it wrote; then refuses
     * the bundle if a step that links fewer than it was asked: a MATCH that finds no end drops its row without a
     * word, and the import would report success without those facts. The validation locks every node it found, so
     * this is the last line of defence. With an answer, the statement reads it last, and its record is the
     * answer's first column followed by the counts; otherwise the counts alone. With a guard, null when the graph is
     * not as it says, and nothing was written.
     */
    private static Result run(TransactionContext tx, List<Step> steps, String recordedBy, Statement answer,
            Guard guard) {
        StringBuilder cypher = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("recordedBy", recordedBy);
        if (guard != null) {
            guard.addTo(cypher, parameters);
        }
        for (int i = 0; i < steps.size(); i++) {
            cypher.append("CALL { UNWIND $rows").append(i).append(" AS row ").append(steps.get(i).cypher())
                    .append(" RETURN count(*) AS written").append(i).append(" } ");
            parameters.put("rows" + i, steps.get(i).rows());
        }
        String written = "[" + String.join(", ", IntStream.range(0, steps.size()).mapToObj(i -> "written" + i)
                .toList()) + "]";
        if (answer == null) {
            cypher.append("RETURN ").append(written);
        } else {
            // The answer's parameters are named by its compiler (p0, p1, ...), never those above.
            cypher.append("WITH ").append(written).append(" AS written CALL { ").append(answer.cypher())
                    .append(" } RETURN answer, written");
            parameters.putAll(answer.parameters());
        }
        Result result = tx.run(cypher.toString(), parameters);
        if (!result.hasNext()) {
            return null;
        }
        // peek, not single: the caller reads the record, and then the summary.
        List<Object> counts = result.peek().get(answer == null ? 0 : 1).asList();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.linksAt() != null) {
                long expected = step.rows().stream().mapToLong(step.links()).sum();
                long missing = expected - ((Number) counts.get(i)).longValue();
                if (missing != 0) {
                    throw CodedException.of(Problem.conflict(step.linksAt(), missing + " of " + expected
                            + " links lead to a node that was deleted while the bundle was written; nothing was "
                            + "written"));
                }
            }
        }
        return result;
    }
}
