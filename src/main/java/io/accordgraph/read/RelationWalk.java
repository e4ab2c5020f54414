package io.accordgraph.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.Where;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Hop;
import io.accordgraph.graph.model.Property;
import io.accordgraph.graph.model.RelationField;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.read.Projector.Projected;
import io.accordgraph.read.filter.Filters;
import io.accordgraph.read.page.Sort;
import io.accordgraph.schema.Arguments;

/**
 * One relationship field walked from a bound node: how many nodes its hop reaches, or a {@code COLLECT} of the
 * nodes or facts at its end with the field's own filter, order, page and date.
 */
final class RelationWalk {

    private RelationWalk() {
    }

    static Projected of(Projector c, SymbolicName v, RelationField field, ExecutableNormalizedField child) {
        CypherParameters p = c.parameters();
        Map<String, Object> args = child.getResolvedArguments();
        if (field.shape() == RelationField.Shape.COUNT) {
            SymbolicName x = p.name("n");
            SymbolicName r = p.name("r");
            return new Projected(Cypher.count(List.<PatternElement>of(step(field.hop(), v, r, x)),
                    Where.from(asOf(p, r, (LocalDate) args.get("asOf")))), Conversion.PLAIN);
        }
        Aggregation.Rows rows = rows(c, v, field, args);
        SymbolicName x = rows.bound().get(0);
        Set<EntityType> kinds = field.targets();
        if (field.shape() == RelationField.Shape.AGGREGATE) {
            return Aggregation.of(c, rows, Aggregation.Counted.of(c, field.target(), x), child);
        }
        @SuppressWarnings("unchecked")
        Sort sort = Sort.of(field.target(), (List<Map<String, Object>>) args.get("orderBy"), field.orderedBy());
        int first = field.shape() == RelationField.Shape.ONE ? 1 : c.pageSize().of(Arguments.integer(args, "first"));
        StatementBuilder.OngoingReadingAndWith walk = rows.start().get().orderBy(sort.orderBy(x))
                .limit(p.parameter(first));
        return switch (field.shape()) {
            case ONE -> {
                Projected node = NodeProjection.of(c, x, kinds, child);
                yield new Projected(Cypher.valueAt(collect(walk, node), 0), node.conversion());
            }
            case MANY -> {
                Projected node = NodeProjection.of(c, x, kinds, child);
                yield new Projected(collect(walk, node), node.conversion().eachOf());
            }
            default -> {
                Projected fact = FactViewProjection.of(c, field.view(), rows.bound().get(1), x, kinds, child);
                yield new Projected(collect(walk, fact), fact.conversion().eachOf());
            }
        };
    }

    /**
     * The node a single-valued field shows for the node bound to {@code v}, as known on the projector's day: the
     * first by name, then id, as the field answers it. Picked from the list of them rather than sorted in a subquery:
     * the list nearly always holds one node, and a sort per row doubled the time of grouping a kind by it.
     */
    static Expression one(Projector c, SymbolicName v, RelationField field) {
        Walk walk = walk(c, v, field, Map.of());
        SymbolicName best = c.parameters().name("b");
        SymbolicName each = c.parameters().name("y");
        Expression name = each.property("name");
        Expression bestName = best.property("name");
        // ORDER BY name, id puts a node without a name after those with one.
        Condition before = name.lt(bestName)
                .or(name.eq(bestName).and(each.property("id").lt(best.property("id"))))
                .or(bestName.isNull().and(name.isNotNull().or(each.property("id").lt(best.property("id")))));
        // The first node is taken in a branch of its own: CASE tries its branches in order, while Neo4j may evaluate
        // the terms of an OR in any order, and reading names to compare with nothing made grouping 12 % slower.
        return Cypher.reduce(each).in(Cypher.collect(match(c.parameters(), v, field, walk.r(), walk.x(),
                walk.condition()).returning(walk.x()).build()))
                .map(Cypher.caseExpression().when(best.isNull()).then(each).when(before).then(each).elseDefault(best))
                .accumulateOn(best).withInitialValueOf(Cypher.literalNull());
    }

    /**
     * What the field reaches from {@code v}, with its filter and dates: the nodes at its end, each once, bound to the
     * first name; or, for facts, each fact, the far end bound to the first name and the relationship to the second.
     */
    private static Aggregation.Rows rows(Projector c, SymbolicName v, RelationField field, Map<String, Object> args) {
        Walk walk = walk(c, v, field, args);
        CypherParameters p = c.parameters();
        SymbolicName x = walk.x();
        SymbolicName r = walk.r();
        // A node that several claims link (two reports dating a membership differently) is listed once.
        return field.view() != null
                ? new Aggregation.Rows(() -> match(p, v, field, r, x, walk.condition()).with(x, r), List.of(x, r))
                : new Aggregation.Rows(() -> match(p, v, field, r, x, walk.condition()).withDistinct(x), List.of(x));
    }

    /** The names of a walk's far end and relationship (null for chains of hops), and what they must satisfy. */
    private record Walk(SymbolicName x, SymbolicName r, Condition condition) {
    }

    /** The field's filter, date and day, as known on the projector's day. */
    @SuppressWarnings("unchecked")
    private static Walk walk(Projector c, SymbolicName v, RelationField field, Map<String, Object> args) {
        CypherParameters p = c.parameters();
        SymbolicName x = p.name("n");
        SymbolicName r = field.singleHop() ? p.name("r") : null;
        Condition conditions = Filters.condition(field.target(), (Map<String, Object>) args.get("where"), x, p);
        if (field.singleHop()) {
            conditions = conditions.and(asOf(p, r, (LocalDate) args.get("asOf")));
            if (field.hop().predicate().isFact()) {
                conditions = conditions.and(c.knownClaim(r));
            }
        }
        return new Walk(x, r, conditions.and(c.known(x)));
    }

    private static Expression collect(StatementBuilder.OngoingReadingAndWith walk, Projected value) {
        return Cypher.collect(walk.returning(value.cypher()).build());
    }

    /**
     * {@code MATCH <hop> WHERE} for a single hop; for alternative chains, each matched in a UNION (which keeps a
     * node reached twice once), then {@code WITH x WHERE}.
     */
    private static StatementBuilder.OngoingReading match(CypherParameters p, SymbolicName v, RelationField field, SymbolicName r,
            SymbolicName x, Condition conditions) {
        if (field.singleHop()) {
            return Cypher.match(step(field.hop(), v, r, x)).where(conditions);
        }
        List<Statement> branches = new ArrayList<>();
        for (List<Hop> chain : field.chains()) {
            List<PatternElement> steps = new ArrayList<>();
            SymbolicName from = v;
            for (int i = 0; i < chain.size(); i++) {
                SymbolicName to = i == chain.size() - 1 ? x : p.name("m");
                steps.add(step(chain.get(i), from, null, to));
                from = to;
            }
            branches.add(Cypher.match(steps).returning(x).build());
        }
        // Cypher-DSL writes CALL (v) { ... } only after another clause: WITH v, which the planner drops (same plan).
        return Cypher.with(v).call(Cypher.union(branches), v).with(x).where(conditions);
    }

    /** The hop from the bound node {@code from} to a new node {@code to} of its target's label, {@code r} if named. */
    private static Relationship step(Hop hop, SymbolicName from, SymbolicName r, SymbolicName to) {
        Relationship step = hop.from(from, to);
        return r == null ? step : step.named(r);
    }

    /** The relationship bound to {@code r} holds on that day: started by then (or no start known), not ended before. */
    static Condition asOf(CypherParameters p, SymbolicName r, LocalDate day) {
        if (day == null || r == null) {
            return Cypher.isTrue();
        }
        Expression d = p.parameter(day);
        return r.property(Property.SINCE.name()).isNull().or(r.property(Property.SINCE.name()).lte(d))
                .and(r.property(Property.UNTIL.name()).isNull().or(r.property(Property.UNTIL.name()).gte(d)));
    }
}
