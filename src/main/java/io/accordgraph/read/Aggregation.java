package io.accordgraph.read;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.IdentifiableElement;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.driver.Value;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.error.CodedException;
import io.accordgraph.error.Problem;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.GroupKey;
import io.accordgraph.graph.model.Property;
import io.accordgraph.graph.model.PropertyKind;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.neo4j.Statement;
import io.accordgraph.read.Projector.Projected;
import io.accordgraph.schema.Arguments;
import io.accordgraph.schema.Names;

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

    private static final String GROUPS = "groups";
    private static final String COUNT = "count";
    private static final String KEY = "key";

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
            return new Counted(ranges, GroupKey.of(kind), key -> nodeKey(c, kind, x, key));
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
    private record Part(StatementBuilder.OngoingReading ending, Expression row, boolean one) {
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
        Figures figures = Figures.of(field, counted.ranges());
        List<ExecutableNormalizedField> grouped = ChildProjections.named(field.getChildren(), GROUPS);
        // Something must be returned: an aggregate asked for its __typename alone is counted.
        if (grouped.isEmpty() || field.getChildren().stream().anyMatch(f -> Figures.isFigure(f.getName()))) {
            if (nested) {
                parts.add(new Part(null, Cypher.listOf(figures.listed(p, rows.start()::get, figures.values())),
                        true));
            } else {
                List<IdentifiableElement> aggregates = new ArrayList<>();
                List<Expression> returned = new ArrayList<>();
                figures.named(p, figures.aggregating(), aggregates, returned);
                parts.add(new Part(rows.start().get().with(aggregates), Cypher.listOf(returned), true));
            }
        }
        Map<ExecutableNormalizedField, Integer> positions = new HashMap<>();
        Map<ExecutableNormalizedField, Conversion> groups = new HashMap<>();
        for (ExecutableNormalizedField child : grouped) {
            positions.put(child, parts.size());
            groups.put(child, groups(c, rows, counted, child, nested, parts));
        }
        return new Parts(parts, value -> Row.of(field, child -> child.getName().equals(GROUPS)
                ? groups.get(child).from(value.get(positions.get(child))) : figures.from(child, value.get(0))));
    }

    /**
     * {@code <rows> WITH <rows>, <keys> [UNWIND <a key of several values>]}, then per group its figures, sorted and
     * cut to {@code first}, returning {@code [<figures>, <key fields>]}: a part that lists the groups.
     * At the root, {@code WITH <keys>, count(*), <min, max>}; under a node, {@code WITH DISTINCT <keys>}, each
     * group's rows collected again and counted as a list.
     */
    @SuppressWarnings("unchecked")
    private static Conversion groups(Projector c, Rows rows, Counted counted, ExecutableNormalizedField field,
            boolean nested, List<Part> parts) {
        CypherParameters p = c.parameters();
        Map<String, Object> args = field.getResolvedArguments();
        List<GroupKey> by = new LinkedHashSet<>((List<String>) args.get("by")).stream()
                .map(name -> counted.keys().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow(
                        () -> CodedException.of(Problem.invalid("by", "cannot group by " + name))))
                .toList();
        if (by.isEmpty()) {
            throw CodedException.of(Problem.invalid("by", "must name at least one key to group by"));
        }
        int first = c.pageSize().of(Arguments.integer(args, "first"));
        List<Key> keys = by.stream().map(counted.compile()).toList();
        List<SymbolicName> names = by.stream().map(k -> p.name("k")).toList();
        Figures figures = Figures.of(field, counted.ranges());
        List<IdentifiableElement> grouped = new ArrayList<>(names);
        List<Expression> returned = new ArrayList<>();
        StatementBuilder.OrderableOngoingReadingAndWithWithoutWhere perGroup;
        if (nested) {
            // Each group's rows again, those whose keys equal the group's (null equal to null), as their dates.
            List<SymbolicName> again = by.stream().map(k -> p.name("k")).toList();
            Condition same = Cypher.isTrue();
            for (int i = 0; i < names.size(); i++) {
                same = same.and(again.get(i).eq(names.get(i)).or(again.get(i).isNull().and(names.get(i).isNull())));
            }
            List<IdentifiableElement> inScope = new ArrayList<>(rows.bound());
            inScope.addAll(again);
            SymbolicName members = p.name("m");
            SymbolicName member = p.name("y");
            List<Expression> dates = new ArrayList<>();
            for (int i = 0; i < figures.values().size(); i++) {
                dates.add(Cypher.valueAt(member, i));
            }
            figures.named(p, figures.listed(p, () -> Cypher.unwind(members).as(member), dates), grouped, returned);
            perGroup = keyed(p, rows, keys, names).withDistinct(List.<IdentifiableElement>copyOf(names))
                    .with(withAll(names, Cypher.collect(keyed(p, rows, keys, again).with(inScope).where(same)
                            .returning(Cypher.listOf(figures.values())).build()).as(members.getValue())))
                    .with(grouped);
        } else {
            figures.named(p, figures.aggregating(), grouped, returned);
            perGroup = keyed(p, rows, keys, names).with(grouped);
        }
        Map<ExecutableNormalizedField, ChildProjections> projections = new HashMap<>();
        Map<ExecutableNormalizedField, Integer> positions = new HashMap<>();
        Map<String, Integer> byField = new HashMap<>();
        by.forEach(k -> byField.put(k.field(), byField.size()));
        for (ExecutableNormalizedField key : ChildProjections.named(field.getChildren(), KEY)) {
            ChildProjections projected = new ChildProjections(key.getChildren().stream()
                    .filter(f -> byField.containsKey(f.getName())).toList(), 0, f -> {
                        int i = byField.get(f.getName());
                        return keys.get(i).projection().apply(names.get(i), f);
                    });
            projections.put(key, projected);
            positions.put(key, returned.size());
            returned.add(Cypher.listOf(projected.expressions()));
        }
        List<Expression> keyOrder = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            keyOrder.add(keys.get(i).order().apply(names.get(i)));
        }
        parts.add(new Part(perGroup.orderBy(order((List<Map<String, Object>>) args.get("orderBy"),
                (SymbolicName) returned.get(0), keyOrder)).limit(p.parameter(first)), Cypher.listOf(returned), false));
        Conversion group = value -> Row.of(field, child -> child.getName().equals(KEY)
                ? Row.of(child, f -> byField.containsKey(f.getName())
                        ? projections.get(child).from(f, value.get(positions.get(child))) : null)
                : figures.from(child, value));
        return group.eachOf();
    }

    /**
     * {@code <rows> WITH <rows>, <each key> AS <its name>}; a key of several values per row is carried as a list,
     * then unwound, so that a row counts in each of its groups.
     */
    private static StatementBuilder.OngoingReading keyed(CypherParameters p, Rows rows, List<Key> keys,
            List<SymbolicName> names) {
        List<IdentifiableElement> carried = new ArrayList<>(rows.bound());
        Map<SymbolicName, SymbolicName> unwound = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            SymbolicName as = keys.get(i).many() ? p.name("l") : names.get(i);
            carried.add(keys.get(i).value().as(as.getValue()));
            if (keys.get(i).many()) {
                unwound.put(as, names.get(i));
            }
        }
        StatementBuilder.OngoingReading keyed = rows.start().get().with(carried);
        for (Map.Entry<SymbolicName, SymbolicName> each : unwound.entrySet()) {
            keyed = keyed.unwind(each.getKey()).as(each.getValue());
        }
        return keyed;
    }

    private static List<IdentifiableElement> withAll(List<SymbolicName> names, IdentifiableElement last) {
        List<IdentifiableElement> all = new ArrayList<>(names);
        all.add(last);
        return all;
    }

    /** The requested order, then by count, largest first, then by each key in the order {@code by} names them. */
    private static List<SortItem> order(List<Map<String, Object>> orderBy, SymbolicName count, List<Expression> keys) {
        List<SortItem> items = new ArrayList<>();
        boolean byCount = false;
        boolean byKey = false;
        for (Map<String, Object> item : orderBy == null ? List.<Map<String, Object>>of() : orderBy) {
            SortItem.Direction direction = "DESC".equals(String.valueOf(item.get("direction")))
                    ? SortItem.Direction.DESC : SortItem.Direction.ASC;
            if ("COUNT".equals(String.valueOf(item.get("field")))) {
                items.add(Cypher.sort(count, direction));
                byCount = true;
            } else {
                keys.forEach(key -> items.add(Cypher.sort(key, direction)));
                byKey = true;
            }
        }
        if (!byCount) {
            items.add(count.descending());
        }
        if (!byKey) {
            keys.forEach(key -> items.add(Cypher.sort(key, SortItem.Direction.ASC)));
        }
        return items;
    }

    /** A key of nodes of {@code kind} bound to {@code x}. */
    private static Key nodeKey(Projector c, EntityType kind, SymbolicName x, GroupKey key) {
        return switch (key.source()) {
            case PROPERTY -> value(x.property(key.property().name()), Checked.property(kind.label(), key.property()));
            case BUCKET -> value(Cypher.substring(Cypher.toString(x.property(key.property().name())),
                    Cypher.literalOf(0), Cypher.literalOf(key.bucket().length())), Conversion.PLAIN);
            case RELATION -> node(c, RelationWalk.one(c, x, key.relation()), false, key.relation().targets());
            default -> throw new IllegalArgumentException(key.name() + " is not a key of nodes");
        };
    }

    /** A key of facts bound to {@code r}: their type, or each source they cite. */
    static Key factKey(Projector c, SymbolicName r, GroupKey key) {
        return key.source() == GroupKey.Source.PREDICATE ? value(Cypher.type(r), Conversion.PLAIN)
                : node(c, CitedSources.nodes(c, r), true, EnumSet.of(EntityType.SOURCE));
    }

    /** A key whose value is the group's value. */
    private static Key value(Expression value, Conversion conversion) {
        return new Key(value, false, k -> k, (k, field) -> new Projected(k, conversion));
    }

    /** A key whose value is a node (or, {@code many}, a list of nodes), sorted by id; a group without one has null. */
    private static Key node(Projector c, Expression value, boolean many, Set<EntityType> kinds) {
        return new Key(value, many, k -> k.property("id"), (k, field) -> {
            Projected node = NodeProjection.of(c, k, kinds, field);
            return new Projected(Cypher.caseExpression().when(k.isNull()).then(Cypher.literalNull())
                    .elseDefault(node.cypher()), node.conversion());
        });
    }

    /**
     * The figures a field selects: the count, then the min and max of each date it selects; and how to read them
     * back from a list that begins with them.
     *
     * @param selected the dates selected, in their order
     * @param positions where each selected date's min is, its max after it
     */
    private record Figures(List<Range> selected, Map<String, Integer> positions) {

        static boolean isFigure(String name) {
            return !name.startsWith("__") && !name.equals(GROUPS);
        }

        static Figures of(ExecutableNormalizedField field, List<Range> ranges) {
            List<Range> selected = new ArrayList<>();
            Map<String, Integer> positions = new HashMap<>();
            for (Range range : ranges) {
                if (!ChildProjections.named(field.getChildren(), range.field()).isEmpty()) {
                    positions.put(range.field(), 1 + 2 * selected.size());
                    selected.add(range);
                }
            }
            return new Figures(selected, positions);
        }

        /** The value of each selected date, per row. */
        List<Expression> values() {
            return selected.stream().map(Range::value).toList();
        }

        /** The figures as aggregating functions of rows. */
        List<Expression> aggregating() {
            List<Expression> all = new ArrayList<>(List.of(Cypher.count(Cypher.asterisk())));
            for (Range range : selected) {
                all.add(Cypher.min(range.value()));
                all.add(Cypher.max(range.value()));
            }
            return all;
        }

        /**
         * The figures of the rows a beginning of a statement gives, without aggregating functions: how many it
         * returns, and each date's first in ascending and in descending order among those it has.
         *
         * @param dates each selected date's value per row of {@code rows}
         */
        List<Expression> listed(CypherParameters p, Supplier<StatementBuilder.OngoingReading> rows,
                List<Expression> dates) {
            List<Expression> all = new ArrayList<>(List.of(Cypher.size(Cypher.collect(rows.get()
                    .returning(Cypher.literalOf(1)).build()))));
            for (Expression date : dates) {
                for (SortItem.Direction direction : List.of(SortItem.Direction.ASC, SortItem.Direction.DESC)) {
                    SymbolicName d = p.name("d");
                    all.add(Cypher.valueAt(Cypher.collect(rows.get().with(date.as(d.getValue()))
                            .where(d.isNotNull()).returning(d).orderBy(Cypher.sort(d, direction))
                            .limit(Cypher.literalOf(1)).build()), 0));
                }
            }
            return all;
        }

        /** Adds each figure under a name of its own to {@code projected} (a WITH), and the names to {@code names}. */
        static void named(CypherParameters p, List<Expression> figures, List<IdentifiableElement> projected,
                List<Expression> names) {
            for (Expression figure : figures) {
                SymbolicName name = p.name("a");
                projected.add(figure.as(name.getValue()));
                names.add(name);
            }
        }

        Object from(ExecutableNormalizedField child, Value figures) {
            if (child.getName().equals(COUNT)) {
                return figures.get(0).asInt();
            }
            int min = positions.get(child.getName());
            Conversion date = selected.get((min - 1) / 2).conversion();
            return Row.of(child, end -> date.from(figures.get(end.getName().equals("min") ? min : min + 1)));
        }
    }

    /** The ranges of a fact's dates. */
    static List<Range> factRanges(SymbolicName r) {
        return Property.FACT_DATES.stream().map(d -> new Range(d.name(), r.property(d.name()),
                Checked.property(Names.FACT, d))).toList();
    }
}
