package io.accordgraph.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.ExposesReturning;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.IdentifiableElement;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.MapExpression;
import org.neo4j.cypherdsl.core.Operation;
import org.neo4j.cypherdsl.core.Parameter;
import org.neo4j.cypherdsl.core.Property;
import org.neo4j.cypherdsl.core.PropertyContainer;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;

import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.accordgraph.error.CodedException;
import io.accordgraph.error.Problem;
import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Hop;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.graph.model.SortKeys;
import io.accordgraph.neo4j.Answer;
import io.accordgraph.neo4j.GraphWriter;
import io.accordgraph.neo4j.Statement;

/**
 * Writes a prepared bundle inside one transaction, with MERGE throughout so that writing it twice changes nothing.
 * Facts are written as claims ({@link Claim}): one relationship per distinct set of qualifiers, each with the
 * sources that state exactly that; what each source says of a node is kept on its REPORTED_BY relationship.
 * <p>
 * The writing is a list of steps (the nodes of a kind, their sources, ...), each one {@code UNWIND} over rows. Steps
 * are packed in order into as few statements as a budget of rows allows, each step a {@code CALL} subquery that
 * sees what the ones before it wrote: a mutation document is one statement, where each statement costs a round trip
 * and a plan lookup; an import of 100,000 entities is a statement per slice of rows. Several bundles (the fields of
 * one mutation document, each a {@link Part}) are written one after the other in the same statements, each answered
 * right after its own steps.
 */
final class BundleWriter {

    private static final SymbolicName ROW = Cypher.name("row");
    // The driver and the database each hold a copy of a statement's parameters while it runs, which for a whole
    // 100,000-entity bundle crowds the heap: a statement carries at most this many rows, over all its steps.
    static final int ROWS_PER_STATEMENT = 10_000;
    // Statements rendered, by shape: rows are parameters, so the steps, the guard and the answers decide the text.
    private static final Cache<Shape, String> RENDERED = Caffeine.newBuilder().maximumSize(1_000).build();
    private static final String WRITTEN = "written";

    /** What a step does with each row, bound to {@code row} by the UNWIND it continues. */
    private interface Body extends Function<StatementBuilder.OngoingReading, ExposesReturning> {
    }

    /**
     * One step of the write: what it does once per row and a name for that ({@code shape}, the same for the same
     * Cypher), and, for steps that MATCH the ends of what they link, the bundle path to blame and how many links each
     * row must write.
     */
    private record Step(String shape, Body body, List<Map<String, Object>> rows, String linksAt,
            ToLongFunction<Map<String, Object>> links) {

        Step slice(int from, int to) {
            return new Step(shape, body, rows.subList(from, to), linksAt, links);
        }
    }

    /** What a statement does at one point: write a slice of a step, or read the answer of part {@code part}. */
    private record Item(int part, Step step, Answer answer) {

        String shape() {
            return step != null ? step.shape() : "answer " + answer.cypher();
        }
    }

    /** What decides a statement's text. */
    private record Shape(List<String> items, boolean guarded) {
    }

    private final List<Step> steps = new ArrayList<>();

    private BundleWriter() {
    }

    /** What a write did, and what the statement read after it answered (null without one). */
    record Written(LoadResult result, Object answer) {
    }

    /**
     * One bundle of several written together: its steps, the read that answers it (null: none), and how a refusal
     * of its links is told to whoever sent it.
     */
    record Part(BundleWriter writer, Answer answer, UnaryOperator<CodedException> translate) {
    }

    /**
     * What a bundle's validation assumed of the graph without reading it ({@link KnownKinds}): the ids it looked
     * up, in one order, and {@code [id, label]} of those it took to be there. The write's first statement locks the
     * nodes of those ids, as a lookup would, and writes only if the graph holds exactly that.
     */
    record Guard(List<String> ids, List<List<String>> present) {

        private static final Node N = Cypher.node(EntityType.ENTITY_LABEL).named("n");
        private static final SymbolicName PRESENT = Cypher.name("present");

        /**
         * The nodes of {@code $ids} that exist, each locked, one id a row in the order given: the locks are taken in
         * that order whatever plan the ids' lookup gets.
         */
        static StatementBuilder.OngoingReading locked() {
            SymbolicName id = Cypher.name("id");
            return GraphWriter.locked(Cypher.unwind(Cypher.parameter("ids")).as(id)
                    .match(N.withProperties("id", id)), N);
        }

        /** The kind of the node bound to {@code n}: its label among {@code $kinds}. */
        static Expression kind() {
            return EntityType.kindOf(N.getRequiredSymbolicName(), Cypher.parameter("kinds"));
        }

        /** The guard's check, which the write's first statement starts with: no row when the graph differs. */
        private static StatementBuilder.OngoingReading check() {
            SymbolicName p = Cypher.name("p");
            Parameter<Object> expected = Cypher.parameter("present");
            return Cypher.call(locked().returning(Cypher.collect(Cypher.listOf(N.property("id"), kind()))
                    .as(PRESENT)).build())
                    .with(PRESENT).where(Cypher.size(PRESENT).eq(Cypher.size(expected))
                            .and(Cypher.all(p).in(PRESENT).where(p.in(expected))));
        }

        private void addTo(Map<String, Object> parameters) {
            parameters.put("ids", ids);
            parameters.put("kinds", EntityType.labels());
            parameters.put("present", present);
        }
    }

    /**
     * Writes the bundle, then reads {@code answer} (if not null) in the same statement as the last of the write,
     * which saves a round trip. With a {@code guard}, nothing is written, and the answer is empty, when the graph is
     * not as the guard says.
     */
    static Optional<Written> write(TransactionContext tx, PreparedBundle bundle, String recordedBy, Answer answer,
            Guard guard) {
        Object[] answered = new Object[1];
        LoadResult result = writeAll(tx, List.of(new Part(of(bundle), answer, UnaryOperator.identity())), recordedBy,
                guard, (part, value) -> answered[0] = value);
        return Optional.ofNullable(result).map(written -> new Written(written, answered[0]));
    }

    /** The steps that write {@code bundle}. */
    static BundleWriter of(PreparedBundle bundle) {
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
        return writer;
    }

    /** How many rows the steps write. */
    int rows() {
        return steps.stream().mapToInt(step -> step.rows().size()).sum();
    }

    // Labels and relationship types come from EntityType and Predicate, never from the bundle's text.
    private void nodes(EntityType type, List<Map<String, Object>> rows) {
        Node n = Cypher.node(type.label(), EntityType.ENTITY_LABEL).named("n");
        add("nodes " + type, unwound -> unwound.merge(n.withProperties("id", row("id")))
                .set(n.mutate(given(row("props"), n, nodeProperties(type))))
                .set(SortKeys.assignments(type, n)), rows, null, null);
    }

    /**
     * Links each node to the sources that state it, with what each says of it: its properties but the other names,
     * which are all kept. A source's own fields are its own, not what the sources relaying it say.
     */
    @SuppressWarnings("unchecked")
    private void reportedBy(EntityType type, List<Map<String, Object>> rows) {
        List<String> stated = new ArrayList<>(nodeProperties(type));
        stated.remove("aliases");
        Node n = Cypher.node(EntityType.ENTITY_LABEL).named("n");
        Node s = Cypher.node(EntityType.SOURCE.label()).named("s");
        SymbolicName sid = Cypher.name("sid");
        Relationship said = Predicate.REPORTED_BY.out().relationship(Hop.bound(n), Hop.bound(s)).named("said");
        Body body = unwound -> unwound.match(n.withProperties("id", row("id"))).unwind(row("sources")).as(sid)
                .match(s.withProperties("id", sid)).merge(said).onCreate().set(recorded(said))
                .set(said.mutate(given(Cypher.coalesce(Cypher.valueAt(row("statedBy"), sid), row("stated")), said,
                        stated)));
        List<Map<String, Object>> cited = rows.stream().filter(row -> !((List<?>) row.get("sources")).isEmpty())
                .toList();
        add("reported by " + type, body, cited.stream().map(row -> {
            Map<String, Object> says = new HashMap<>();
            if (type != EntityType.SOURCE) {
                says.putAll((Map<String, Object>) row.get("props"));
                says.remove("aliases");
            }
            Map<String, Object> withStated = new HashMap<>(row);
            withStated.put("stated", says);
            withStated.putIfAbsent("statedBy", Map.of());
            return withStated;
        }).toList(), "sources", row -> ((List<?>) row.get("sources")).size());
    }

    /**
     * Sets each property of the nodes that several sources state to what the most recently published of them says;
     * a node with one source already holds what it says.
     */
    private void settle(EntityType type, List<Map<String, Object>> rows) {
        Node n = Cypher.node(type.label()).named("n");
        List<Expression> items = new ArrayList<>();
        items.add(n.property("name").to(Claim.current(n, "name")));
        type.properties().forEach(p -> items.add(n.property(p.name()).to(Claim.current(n, p.name()))));
        Relationship sources = Predicate.REPORTED_BY.out().relationship(Hop.bound(n), Cypher.anyNode());
        add("settle " + type, unwound -> unwound.match(n.withProperties("id", row("id"))).with(n)
                .where(Cypher.count(sources).gt(Cypher.literalOf(1))).set(items).set(SortKeys.assignments(type, n)),
                rows, null, null);
    }

    @SuppressWarnings("unchecked")
    private void relationships(Predicate kind, List<Map<String, Object>> rows) {
        Node a = Cypher.node(EntityType.ENTITY_LABEL).named("a");
        Node b = Cypher.node(EntityType.ENTITY_LABEL).named("b");
        Relationship r = kind.out().relationship(Hop.bound(a), Hop.bound(b)).named("r")
                .withProperties(Claim.KEY, row("claim"));
        Body body = unwound -> unwound.match(a.withProperties("id", row("from")))
                .match(b.withProperties("id", row("to"))).merge(r).onCreate()
                .set(r.mutate(given(row("props"), null, relationshipProperties(kind)))).onCreate().set(recorded(r))
                .set(addSources(r));
        add("relationships " + kind, body, rows.stream().map(row -> {
            Map<String, Object> keyed = new HashMap<>(row);
            keyed.put("claim", Claim.key((Map<String, Object>) row.get("props")));
            return keyed;
        }).toList(), "relationships", row -> 1);
    }

    /** A claim stated again by another source keeps its earlier sources too. */
    private static Operation addSources(Relationship r) {
        SymbolicName acc = Cypher.name("acc");
        SymbolicName s = Cypher.name("s");
        Property sources = r.property(Predicate.SOURCES);
        return sources.to(Cypher.reduce(s).in(row("sources"))
                .map(Cypher.caseExpression().when(s.in(acc)).then(acc).elseDefault(acc.add(s))).accumulateOn(acc)
                .withInitialValueOf(Cypher.coalesce(sources, Cypher.listOf())));
    }

    /**
     * {@code {k: values.k, ...}} for {@code keys}, each falling back on what {@code target} holds ({@code null}: on
     * nothing): what {@code target += values} does when values holds no nulls. Cypher-DSL sets with {@code +=} only a
     * map written out or a parameter, so the keys come from the model.
     */
    private static MapExpression given(Expression values, PropertyContainer target, List<String> keys) {
        List<Object> entries = new ArrayList<>();
        for (String key : keys) {
            entries.add(key);
            Expression value = Cypher.property(values, key);
            entries.add(target == null ? value : Cypher.coalesce(value, target.property(key)));
        }
        return Cypher.mapOf(entries.toArray());
    }

    /** What a node's row may hold in {@code props}: its names and its kind's properties. */
    private static List<String> nodeProperties(EntityType type) {
        List<String> keys = new ArrayList<>(List.of("name", "aliases"));
        type.properties().forEach(property -> keys.add(property.name()));
        return keys;
    }

    /** What a fact's row may hold in {@code props}. */
    private static List<String> relationshipProperties(Predicate kind) {
        return kind.qualifiers().stream().map(io.accordgraph.graph.model.Property::name).toList();
    }

    private static Property row(String key) {
        return Cypher.property(ROW, key);
    }

    /** When and by whom a claim was first written: server time, and the writer's name as a parameter. */
    private static List<Expression> recorded(Relationship r) {
        return List.of(r.property(Claim.RECORDED_AT).to(Cypher.datetime()),
                r.property(Claim.RECORDED_BY).to(Cypher.parameter("recordedBy")));
    }

    private void add(String shape, Body body, List<Map<String, Object>> rows, String linksAt,
            ToLongFunction<Map<String, Object>> links) {
        if (!rows.isEmpty()) {
            steps.add(new Step(shape, body, rows, linksAt, links));
        }
    }

    /**
     * Writes the parts in order, packed into statements, each part's answer read right after its last step and given
     * to {@code answered} with the part's index, in order; the guard is checked in the first statement. A part whose
     * links were not all written is refused (its {@code translate} tells how) after the parts before it were
     * answered. Null when the graph is not as the guard says, and nothing was written.
     */
    static LoadResult writeAll(TransactionContext tx, List<Part> parts, String recordedBy, Guard guard,
            BiConsumer<Integer, Object> answered) {
        List<List<Item>> statements = statements(parts);
        if (statements.isEmpty()) {
            // No statement to check a guard in: the caller looks.
            if (guard != null) {
                return null;
            }
            for (int p = 0; p < parts.size(); p++) {
                Answer answer = parts.get(p).answer();
                answered.accept(p, answer == null ? null : answer.answerIn(tx));
            }
            return new LoadResult(0, 0);
        }
        int nodesCreated = 0;
        int relationshipsCreated = 0;
        for (int i = 0; i < statements.size(); i++) {
            List<Item> items = statements.get(i);
            Result result = run(tx, items, recordedBy, i == 0 ? guard : null);
            if (result == null) {
                return null;
            }
            Record record = result.single();
            List<Object> counts = record.get(WRITTEN).asList();
            int written = 0;
            int answers = 0;
            for (Item item : items) {
                if (item.step() != null) {
                    checkLinks(item.step(), ((Number) counts.get(written++)).longValue(),
                            parts.get(item.part()).translate());
                } else {
                    answered.accept(item.part(), item.answer().from().apply(record.get(Answer.COLUMN + answers++)));
                }
            }
            SummaryCounters counters = result.consume().counters();
            nodesCreated += counters.nodesCreated();
            relationshipsCreated += counters.relationshipsCreated();
        }
        return new LoadResult(nodesCreated, relationshipsCreated);
    }

    /**
     * The parts' steps in order, sliced where needed so that a statement carries at most {@link #ROWS_PER_STATEMENT},
     * each part's answer after its last step.
     */
    private static List<List<Item>> statements(List<Part> parts) {
        List<List<Item>> statements = new ArrayList<>();
        List<Item> statement = null;
        int budget = 0;
        for (int p = 0; p < parts.size(); p++) {
            for (Step step : parts.get(p).writer().steps) {
                for (int from = 0; from < step.rows().size();) {
                    if (budget == 0) {
                        statement = new ArrayList<>();
                        statements.add(statement);
                        budget = ROWS_PER_STATEMENT;
                    }
                    int to = Math.min(step.rows().size(), from + budget);
                    statement.add(new Item(p, step.slice(from, to), null));
                    budget -= to - from;
                    from = to;
                }
            }
            Answer answer = parts.get(p).answer();
            if (answer != null && statement != null) {
                statement.add(new Item(p, null, answer));
            }
        }
        return statements;
    }

    /**
     * Runs one statement, a {@code CALL} subquery per step, which returns how many rows it wrote, and one per answer;
     * its record holds each answer ({@code answer0}, ...) and the counts ({@code written}). With a guard, null when
     * the graph is not as it says, and nothing was written.
     */
    private static Result run(TransactionContext tx, List<Item> items, String recordedBy, Guard guard) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("recordedBy", recordedBy);
        if (guard != null) {
            guard.addTo(parameters);
        }
        int steps = 0;
        for (Item item : items) {
            if (item.step() != null) {
                parameters.put("rows" + steps++, item.step().rows());
            } else {
                // Named by the answer's compiler (f0_p0, ...): apart from the others and from those above.
                parameters.putAll(item.answer().parameters());
            }
        }
        Shape shape = new Shape(items.stream().map(Item::shape).toList(), guard != null);
        String cypher = RENDERED.get(shape, key -> Statement.render(statement(items, guard != null)));
        Result result = tx.run(cypher, parameters);
        return result.hasNext() ? result : null;
    }

    /**
     * Refuses the bundle if a step that links wrote fewer links than it was asked: a MATCH that finds no end drops
     * its row without a word, and the import would report success without those facts. The validation locks every
     * node it found, so this is the last line of defence.
     */
    private static void checkLinks(Step step, long written, UnaryOperator<CodedException> translate) {
        if (step.linksAt() == null) {
            return;
        }
        long expected = step.rows().stream().mapToLong(step.links()).sum();
        if (expected != written) {
            throw translate.apply(CodedException.of(Problem.conflict(step.linksAt(), (expected - written) + " of "
                    + expected + " links lead to a node that was deleted while the bundle was written; nothing was "
                    + "written")));
        }
    }

    /**
     * The items as one statement: each step a {@code CALL} subquery that returns how many rows it wrote, each answer
     * one that reads it, renamed {@code answer0}, ... so that the next answer's column can follow; with a guard, after
     * its check.
     */
    private static org.neo4j.cypherdsl.core.Statement statement(List<Item> items, boolean guarded) {
        StatementBuilder.OngoingReading query = guarded ? Guard.check() : null;
        List<SymbolicName> written = new ArrayList<>();
        List<SymbolicName> answers = new ArrayList<>();
        for (Item item : items) {
            if (item.step() != null) {
                SymbolicName count = Cypher.name(WRITTEN + written.size());
                org.neo4j.cypherdsl.core.Statement step = item.step().body()
                        .apply(Cypher.unwind(Cypher.parameter("rows" + written.size())).as(ROW))
                        .returning(Cypher.count(Cypher.asterisk()).as(count)).build();
                query = query == null ? Cypher.call(step) : query.call(step);
                written.add(count);
            } else {
                List<IdentifiableElement> kept = new ArrayList<>(written);
                kept.addAll(answers);
                SymbolicName answer = Cypher.name(Answer.COLUMN + answers.size());
                // The answer was compiled by the read compiler, to text: it joins as a subquery of its own.
                query = query.with(kept).callRawCypher(item.answer().cypher())
                        .with(Stream.concat(kept.stream(), Stream.of(Cypher.name(Answer.COLUMN).as(answer))).toList());
                answers.add(answer);
            }
        }
        List<Expression> columns = new ArrayList<>(answers);
        columns.add(Cypher.listOf(written.toArray(Expression[]::new)).as(WRITTEN));
        return query.returning(columns).build();
    }
}
