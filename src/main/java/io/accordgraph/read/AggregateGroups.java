package io.accordgraph.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.IdentifiableElement;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.error.CodedException;
import io.accordgraph.error.Problem;
import io.accordgraph.graph.model.GroupKey;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.schema.Arguments;

/**
 * The {@code groups} of an aggregate: its rows grouped by the keys {@code by} names, each group with its figures and
 * key, largest first unless {@code orderBy} says otherwise, cut to {@code first}; a part of the aggregate.
 */
final class AggregateGroups {

    private static final String KEY = "key";

    private AggregateGroups() {
    }

    /**
     * Adds to {@code parts} the part that lists the groups {@code field} asks for, and answers how each group's
     * value becomes its row: {@code <rows> WITH <rows>, <keys> [UNWIND <a key of several values>]}, then per group
     * its figures, sorted and cut to {@code first}, returning {@code [<figures>, <key fields>]}.
     *
     * @param nested whether the aggregate is an expression under a node, which may use no aggregating function
     */
    @SuppressWarnings("unchecked")
    static Conversion of(Projector c, Aggregation.Rows rows, Aggregation.Counted counted,
            ExecutableNormalizedField field, boolean nested, List<Aggregation.Part> parts) {
        CypherParameters p = c.parameters();
        Map<String, Object> args = field.getResolvedArguments();
        List<GroupKey> by = by(counted, (List<String>) args.get("by"));
        int first = c.pageSize().of(Arguments.integer(args, "first"));
        List<Aggregation.Key> keys = by.stream().map(counted.compile()).toList();
        List<SymbolicName> names = by.stream().map(k -> p.name("k")).toList();
        AggregateFigures figures = AggregateFigures.of(field, counted.ranges());
        List<IdentifiableElement> grouped = new ArrayList<>(names);
        List<Expression> returned = new ArrayList<>();
        StatementBuilder.OrderableOngoingReadingAndWithWithoutWhere perGroup = nested
                ? listed(p, rows, keys, names, figures, grouped, returned)
                : keyed(p, rows, keys, names).with(aggregated(p, figures, grouped, returned));
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
        parts.add(new Aggregation.Part(perGroup.orderBy(order((List<Map<String, Object>>) args.get("orderBy"),
                (SymbolicName) returned.get(0), keyOrder)).limit(p.parameter(first)), Cypher.listOf(returned), false));
        Conversion group = value -> Row.of(field, child -> child.getName().equals(KEY)
                ? Row.of(child, f -> byField.containsKey(f.getName())
                        ? projections.get(child).from(f, value.get(positions.get(child))) : null)
                : figures.from(child, value));
        return group.eachOf();
    }

    /** The keys {@code by} names, each once, in its order; at least one. */
    private static List<GroupKey> by(Aggregation.Counted counted, List<String> by) {
        List<GroupKey> keys = new LinkedHashSet<>(by).stream()
                .map(name -> counted.keys().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow(
                        () -> CodedException.of(Problem.invalid("by", "cannot group by " + name))))
                .toList();
        if (keys.isEmpty()) {
            throw CodedException.of(Problem.invalid("by", "must name at least one key to group by"));
        }
        return keys;
    }

    /** At the root: {@code <keys>, count(*), <min, max>}, the figures named into {@code returned}. */
    private static List<IdentifiableElement> aggregated(CypherParameters p, AggregateFigures figures,
            List<IdentifiableElement> grouped, List<Expression> returned) {
        AggregateFigures.named(p, figures.aggregating(), grouped, returned);
        return grouped;
    }

    /**
     * Under a node: {@code WITH DISTINCT <keys>}, then each group's rows again, those whose keys equal the group's
     * (null equal to null), as the list of their dates, whose length and extremes are the group's figures.
     */
    private static StatementBuilder.OrderableOngoingReadingAndWithWithoutWhere listed(CypherParameters p,
            Aggregation.Rows rows, List<Aggregation.Key> keys, List<SymbolicName> names, AggregateFigures figures,
            List<IdentifiableElement> grouped, List<Expression> returned) {
        List<SymbolicName> again = names.stream().map(k -> p.name("k")).toList();
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
        AggregateFigures.named(p, figures.listed(p, () -> Cypher.unwind(members).as(member), dates), grouped,
                returned);
        List<IdentifiableElement> withMembers = new ArrayList<>(names);
        withMembers.add(Cypher.collect(keyed(p, rows, keys, again).with(inScope).where(same)
                .returning(Cypher.listOf(figures.values())).build()).as(members.getValue()));
        return keyed(p, rows, keys, names).withDistinct(List.<IdentifiableElement>copyOf(names)).with(withMembers)
                .with(grouped);
    }

    /**
     * {@code <rows> WITH <rows>, <each key> AS <its name>}; a key of several values per row is carried as a list,
     * then unwound, so that a row counts in each of its groups.
     */
    private static StatementBuilder.OngoingReading keyed(CypherParameters p, Aggregation.Rows rows,
            List<Aggregation.Key> keys, List<SymbolicName> names) {
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
}
