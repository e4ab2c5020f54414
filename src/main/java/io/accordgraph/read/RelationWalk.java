package io.accordgraph.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Hop;
import io.accordgraph.graph.model.RelationField;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.read.Projector.Projected;
import io.accordgraph.read.filter.Filters;
import io.accordgraph.read.page.Sort;

/**
 * One relationship field walked from a bound node: how many nodes its hop reaches, or a {@code COLLECT} of the
 * nodes or facts at its end with the field's own filter, order, page and date.
 */
final class RelationWalk {

    private RelationWalk() {
    }

    @SuppressWarnings("unchecked")
    static Projected of(Projector c, String v, RelationField field, ExecutableNormalizedField child) {
        CypherParameters p = c.parameters();
        Map<String, Object> args = child.getResolvedArguments();
        String x = p.fresh("n");
        String r = field.singleHop() ? p.fresh("r") : "";
        if (field.shape() == RelationField.Shape.COUNT) {
            return new Projected("COUNT { MATCH " + field.hop().pattern(v, r, x) + " WHERE "
                    + asOf(p, r, (LocalDate) args.get("asOf")) + " }", Conversion.PLAIN);
        }
        EntityType target = field.target();
        List<Hop> last = field.chains().get(0);
        Set<EntityType> kinds = last.get(last.size() - 1).targets();
        List<String> conditions = new ArrayList<>();
        conditions.add(Filters.condition(target, (Map<String, Object>) args.get("where"), x, p));
        if (field.singleHop()) {
            conditions.add(asOf(p, r, (LocalDate) args.get("asOf")));
            if (field.hop().predicate().isFact()) {
                conditions.add(c.knownClaim(r));
            }
        }
        conditions.add(c.known(x));
        Sort sort = Sort.of(target, (List<Map<String, Object>>) args.get("orderBy"), field.orderedBy());
        int first = field.shape() == RelationField.Shape.ONE ? 1 : c.pageSize().of(Arguments.integer(args, "first"));
        // A node that several claims link (two reports dating a membership differently) is listed once.
        String walk = match(p, v, field, r, x) + String.join(" AND ", conditions) + " WITH "
                + (field.shape() == RelationField.Shape.FACTS ? x + ", " + r : "DISTINCT " + x) + " ORDER BY "
                + sort.orderBy(x)
                + " LIMIT " + p.add(first) + " RETURN ";
        return switch (field.shape()) {
            case ONE -> {
                Projected node = NodeProjection.of(c, x, kinds, child);
                yield new Projected("COLLECT { " + walk + node.cypher() + " }[0]", node.conversion());
            }
            case MANY -> {
                Projected node = NodeProjection.of(c, x, kinds, child);
                yield new Projected("COLLECT { " + walk + node.cypher() + " }", node.conversion().eachOf());
            }
            default -> {
                Projected fact = FactViewProjection.of(c, field.view(), r, x, kinds, child);
                yield new Projected("COLLECT { " + walk + fact.cypher() + " }", fact.conversion().eachOf());
            }
        };
    }

    /**
     * {@code MATCH <hop> WHERE } for a single hop; for alternative chains, each matched in a UNION (which keeps a
     * node reached twice once), then {@code WITH x WHERE }.
     */
    private static String match(CypherParameters p, String v, RelationField field, String r, String x) {
        if (field.singleHop()) {
            return "MATCH " + field.hop().pattern(v, r, x) + " WHERE ";
        }
        List<String> branches = new ArrayList<>();
        for (List<Hop> chain : field.chains()) {
            List<String> steps = new ArrayList<>();
            String from = v;
            for (int i = 0; i < chain.size(); i++) {
                String to = i == chain.size() - 1 ? x : p.fresh("m");
                steps.add(chain.get(i).pattern(from, "", to));
                from = to;
            }
            branches.add("MATCH " + String.join(", ", steps) + " RETURN " + x);
        }
        return "CALL (" + v + ") { " + String.join(" UNION ", branches) + " } WITH " + x + " WHERE ";
    }

    /** The relationship bound to {@code r} holds on that day: started by then (or no start known), not ended before. */
    static String asOf(CypherParameters p, String r, LocalDate day) {
        if (day == null || r.isEmpty()) {
            return "true";
        }
        String d = p.add(day);
        return "(" + r + ".since IS NULL OR " + r + ".since <= " + d + ") AND (" + r + ".until IS NULL OR " + r
                + ".until >= " + d + ")";
    }
}
