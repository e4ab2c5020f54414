package io.accordgraph.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.IdentifiableElement;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.driver.Value;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.graph.model.Property;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.schema.Names;

/**
 * The figures a field selects: the count, then the min and max of each date it selects; and how to read them
 * back from a list that begins with them.
 *
 * @param selected the dates selected, in their order
 * @param positions where each selected date's min is, its max after it
 */
record AggregateFigures(List<Aggregation.Range> selected, Map<String, Integer> positions) {

    private static final String COUNT = "count";

    static boolean isFigure(String name) {
        return !name.startsWith("__") && !name.equals(Aggregation.GROUPS);
    }

    static AggregateFigures of(ExecutableNormalizedField field, List<Aggregation.Range> ranges) {
        List<Aggregation.Range> selected = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        for (Aggregation.Range range : ranges) {
            if (!ChildProjections.named(field.getChildren(), range.field()).isEmpty()) {
                positions.put(range.field(), 1 + 2 * selected.size());
                selected.add(range);
            }
        }
        return new AggregateFigures(selected, positions);
    }

    /** The value of each selected date, per row. */
    List<Expression> values() {
        return selected.stream().map(Aggregation.Range::value).toList();
    }

    /** The figures as aggregating functions of rows. */
    List<Expression> aggregating() {
        List<Expression> all = new ArrayList<>(List.of(Cypher.count(Cypher.asterisk())));
        for (Aggregation.Range range : selected) {
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

    /** The ranges of a fact's dates. */
    static List<Aggregation.Range> factRanges(SymbolicName r) {
        return Property.FACT_DATES.stream().map(d -> new Aggregation.Range(d.name(), r.property(d.name()),
                Checked.property(Names.FACT, d))).toList();
    }
}
