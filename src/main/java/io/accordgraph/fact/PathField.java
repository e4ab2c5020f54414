package io.accordgraph.fact;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import io.accordgraph.error.CodedException;
import io.accordgraph.error.Problem;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Hop;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.neo4j.Statement;
import io.accordgraph.read.Arguments;
import io.accordgraph.read.ChildProjections;
import io.accordgraph.read.Names;
import io.accordgraph.read.Projector;
import io.accordgraph.read.Row;
import io.accordgraph.read.SingleQueryField;

/**
 * {@code path(from, to)}: how two entities are linked, as the shortest chains of facts between them. Provenance
 * links to reports are not facts, so never a step.
 */
@ApplicationScoped
public class PathField implements SingleQueryField {

    private static final String PATH = "FactPath";

    private final PathLimits limits;

    PathField(PathLimits limits) {
        this.limits = limits;
    }


    @Override
    public List<GraphQLType> types() {
        return List.of(GraphQLObjectType.newObject().name(PATH)
                .description("A chain of facts linking two entities, in order from the first to the second; each "
                        + "fact keeps its own direction (subject - predicate - object) and sources.")
                .field(f -> f.name("length").type(nonNull(Names.INT)).description("How many facts the chain has."))
                .field(f -> f.name("facts").type(nonNull(list(nonNull(Names.ref(Names.FACT))))))
                .build());
    }

    @Override
    public GraphQLFieldDefinition definition() {
        return GraphQLFieldDefinition.newFieldDefinition().name("path")
                .description("The shortest chains of facts between two entities, each fact with its sources "
                        + "(provenance links to reports are not facts). `maxHops` (default and maximum configured) "
                        + "bounds the length; no chain that short gives an empty list.")
                .argument(a -> a.name("from").type(nonNull(Names.ID)))
                .argument(a -> a.name("to").type(nonNull(Names.ID)))
                .argument(a -> a.name("maxHops").type(Names.INT))
                .type(nonNull(list(nonNull(Names.ref(PATH)))))
                .build();
    }

    @Override
    public boolean heavy(ExecutableNormalizedField field) {
        return true;
    }

    /**
     * One row: whether each end exists, and every step of every path (at most {@code max-paths} of them, all of
     * the shortest length), numbered by path and in order along it.
     */
    @Override
    public Statement compile(ExecutableNormalizedField field, Projector projector) {
        Map<String, Object> args = field.getResolvedArguments();
        String from = (String) args.get("from");
        String to = (String) args.get("to");
        int hops = limits.hops(Arguments.integer(args, "maxHops"));
        if (from.equals(to)) {
            throw CodedException.of(Problem.invalid("to", "from and to are the same entity ('" + from
                    + "'); a path links two"));
        }
        CypherParameters p = projector.parameters();
        List<ExecutableNormalizedField> facts = ChildProjections.named(field.getChildren(), "facts");
        ChildProjections steps = new ChildProjections(facts, 1, fact -> projector.fact("r", "s", "o", fact));
        List<String> items = new ArrayList<>(List.of("i"));
        items.addAll(steps.expressions());
        String cypher = "OPTIONAL MATCH (a:" + EntityType.ENTITY_LABEL + " {id: " + p.add(from) + "}) "
                + "OPTIONAL MATCH (b:" + EntityType.ENTITY_LABEL + " {id: " + p.add(to) + "}) "
                + "CALL (a, b) { WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL "
                + "MATCH route = allShortestPaths(" + Hop.factChain("a", hops, "b") + ") "
                + "WITH route LIMIT " + p.add(limits.maxPaths()) + " WITH collect(route) AS routes "
                + "UNWIND range(0, size(routes) - 1) AS i "
                + "UNWIND range(0, size(relationships(routes[i])) - 1) AS j "
                + "WITH i, j, relationships(routes[i])[j] AS r "
                + "WITH i, j, r, startNode(r) AS s, endNode(r) AS o ORDER BY i, j "
                + "RETURN collect([" + String.join(", ", items) + "]) AS steps } "
                + "RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, steps";
        return new Statement(cypher, p.values(), records -> answer(field, records.get(0), from, to, steps));
    }

    private static List<Row> answer(ExecutableNormalizedField field, Record record, String from, String to,
            ChildProjections steps) {
        for (String end : List.of("from", "to")) {
            if (!record.get(end + "Found").asBoolean()) {
                throw CodedException.of(Problem.notFound(end, "no entity with id '" + (end.equals("from") ? from
                        : to) + "'"));
            }
        }
        Map<Integer, List<Value>> paths = new TreeMap<>();
        for (Value step : record.get("steps").values()) {
            paths.computeIfAbsent(step.get(0).asInt(), k -> new ArrayList<>()).add(step);
        }
        return paths.values().stream().map(path -> Row.of(field, child -> child.getName().equals("length")
                ? (Object) path.size() : path.stream().map(step -> steps.from(child, step)).toList())).toList();
    }
}
