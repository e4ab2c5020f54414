package io.accordgraph.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.IdentifiableElement;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.GroupKey;
import io.accordgraph.graph.model.PropertyKind;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.neo4j.Statement;
import io.accordgraph.read.Projector.Projected;

/**
 * An aggregate's selection over the rows a root field or a relationship walk binds: a list of the figures (the count,
 * and each selected date's min and max; left out when only groups are selected) and of each {@code groups} field
 * (the rows grouped by its keys, the groups sorted and cut to its {@code first}). Only the figures and the page of
 * groups asked for leave the database.
 * <p>
 * A root field's aggregate is a statement of {@code CALL} subqueries that aggregate ({@code count(*)}, {@code min},
 * ...), each planned with the indexes its rows allow. An aggregate under a node is an expression, of {@code COLLECT}
 * subqueries that use no aggregating function: Neo4j 5 refuses one anywhere inside a subquery expression (it takes
 * the expression around it for an aggregation). Those count and sort the node's few neighbours instead.
 */
final class Aggregation {

    /** The field of an aggregate that lists its groups. */
    static final String GROUPS = "groups";

    private Aggregation() {
    }

    /**
     * What is aggregated: a new beginning of a statement each time one is asked for (a builder serves one
     * statement), ending in a {@code WITH} of the names it binds, one row per thing counted.
     */
    record Rows(Supplier<StatementBuilder.OrderableOngoingReadingAndWithWithoutWhere> start,
            List<SymbolicName> bound) {
    }

    /** A date of the rows: the field that gives its range, its value per row, how its min and max are read. */
    record Range(String field, Expression value, Conversion conversion) {
    }

    /**
     * A group key compiled for the rows.
     *
     * @param value its value per row; for a key that has several values per row ({@code many}), the list of them
     * @param order what its groups sort by, of the name its value is bound to once grouped
     * @param projection what a field of the group's key selects of the value bound to a name
     */
    record Key(Expression value, boolean many, Function<SymbolicName, Expression> order,
            BiFunction<SymbolicName, ExecutableNormalizedField, Projected> projection) {
    }

    /** The dates of the rows, and how each key the schema offers for them is compiled, when a request groups by it. */
    record Counted(List<Range> ranges, List<GroupKey> keys, Function<GroupKey, Key> compile) {

        /** Nodes of one kind bound to {@code x}; of several kinds (null), only counted. */
        static Counted of(Projector c, EntityType kind, SymbolicName x) {
            if (kind == null) {
                return new Counted(List.of(), List.of(), key -> null);
            }
            List<Range> ranges = kind.properties().stream().filter(p -> p.kind() == PropertyKind.DATE)
                    .map(p -> new Range(p.name(), x.property(p.name()), Checked.property(kind.label(), p))).toList();
            return new Counted(ranges, GroupKey.of(kind), key -> GroupKeys.ofNodes(c, kind, x, key));
        }
    }

    /** The aggregate {@code field} selects, of rows that walk from a bound node, as one expression. */
    static Projected of(Projector c, Rows rows, Counted counted, ExecutableNormalizedField field) {
        Parts parts = parts(c, rows, counted, field, true);
        List<Expression> values = parts.each().stream().map(part -> {
            if (part.ending() == null) {
                return part.row();
            }
            Expression all = Cypher.collect(part.ending().returning(part.row()).build());
            return part.one() ? Cypher.valueAt(all, 0) : all;
        }).toList();
        return new Projected(Cypher.listOf(values), parts.conversion());
    }

    /** The aggregate {@code field} selects, as a root field's statement that returns it as its one value. */
    static Statement root(Projector c, Rows rows, Counted counted, ExecutableNormalizedField field) {
        Parts parts = parts(c, rows, counted, field, false);
        CypherParameters p = c.parameters();
        StatementBuilder.OngoingReading statement = null;
        List<Expression> values = new ArrayList<>();
        for (Part part : parts.each()) {
            SymbolicName value = p.name("v");
            values.add(value);
            // The row is named before it is collected: Neo4j takes a subquery in an aggregate's argument for an
            // aggregate in an aggregate.
            SymbolicName row = p.name("w");
            org.neo4j.cypherdsl.core.Statement call = part.one()
                    ? part.ending().returning(part.row().as(value.getValue())).build()
                    : part.ending().with(part.row().as(row.getValue()))
                            .returning(Cypher.collect(row).as(value.getValue())).build();
            statement = statement == null ? Cypher.call(call) : statement.call(call);
        }
        return c.statement(statement.returning(Cypher.listOf(values)).build(),
                records -> parts.conversion().from(records.get(0).get(0)));
    }

    /**
     * One part of an aggregate: a statement's beginning, ready to return what each of its rows gives, which is one
     * row ({@code one}) or a list; or, without a beginning, an expression that is the part's value.
     */
    record Part(StatementBuilder.OngoingReading ending, Expression row, boolean one) {
    }

    /** The parts of an aggregate, and how its value (a list of each part's) becomes its row. */
    private record Parts(List<Part> each, Conversion conversion) {
    }

    /**
     * The figures, then each {@code groups} field.
     *
     * @param nested whether the aggregate is an expression under a node, which may use no aggregating function
     */
    private static Parts parts(Projector c, Rows rows, Counted counted, ExecutableNormalizedField field,
            boolean nested) {
        CypherParameters p = c.parameters();
        List<Part> parts = new ArrayList<>();
        AggregateFigures figures = AggregateFigures.of(field, counted.ranges());
        List<ExecutableNormalizedField> grouped = ChildProjections.named(field.getChildren(), GROUPS);
        // Something must be returned: an aggregate asked for its __typename alone is counted.
        if (grouped.isEmpty() || field.getChildren().stream().anyMatch(f -> AggregateFigures.isFigure(f.getName()))) {
            if (nested) {
                parts.add(new Part(null, Cypher.listOf(figures.listed(p, rows.start()::get, figures.values())),
                        true));
            } else {
                List<IdentifiableElement> aggregates = new ArrayList<>();
                List<Expression> returned = new ArrayList<>();
                AggregateFigures.named(p, figures.aggregating(), aggregates, returned);
                parts.add(new Part(rows.start().get().with(aggregates), Cypher.listOf(returned), true));
            }
        }
        Map<ExecutableNormalizedField, Integer> positions = new HashMap<>();
        Map<ExecutableNormalizedField, Conversion> groups = new HashMap<>();
        for (ExecutableNormalizedField child : grouped) {
            positions.put(child, parts.size());
            groups.put(child, AggregateGroups.of(c, rows, counted, child, nested, parts));
        }
        return new Parts(parts, value -> Row.of(field, child -> child.getName().equals(GROUPS)
                ? groups.get(child).from(value.get(positions.get(child))) : figures.from(child, value.get(0))));
    }
}
