package io.accordgraph.fact;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Operator;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.ast.Visitor;
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
import io.accordgraph.read.ChildProjections;
import io.accordgraph.read.CypherFunctions;
import io.accordgraph.read.Projector;
import io.accordgraph.read.Row;
import io.accordgraph.read.SingleQueryField;
import io.accordgraph.schema.Arguments;
import io.accordgraph.schema.Names;

/**
 * {@code path(from, to)}: how two entities are linked, as the shortest chains of facts between them. Provenance
 * links to reports are not facts, so never a step.
 */
@ApplicationScoped
public class PathField implements SingleQueryField {

    private static final String PATH = "FactPath";

    @Inject
    PathLimits limits;

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
        SymbolicName r = Cypher.name("r");
        SymbolicName i = Cypher.name("i");
        SymbolicName j = Cypher.name("j");
        SymbolicName s = Cypher.name("s");
        SymbolicName o = Cypher.name("o");
        SymbolicName route = Cypher.name("route");
        SymbolicName routes = Cypher.name("routes");
        SymbolicName stepsName = Cypher.name("steps");
        List<ExecutableNormalizedField> facts = ChildProjections.named(field.getChildren(), "facts");
        ChildProjections steps = new ChildProjections(facts, 1, fact -> projector.fact(r, s, o, fact));
        List<Expression> items = new ArrayList<>(List.of(i));
        items.addAll(steps.expressions());
        Node a = end("a", p.parameter(from));
        Node b = end("b", p.parameter(to));
        SymbolicName aName = a.getRequiredSymbolicName();
        SymbolicName bName = b.getRequiredSymbolicName();
        Expression relationships = CypherFunctions.RELATIONSHIPS.of(Cypher.valueAt(routes, i));
        org.neo4j.cypherdsl.core.Statement search = Cypher.with(a, b)
                .where(aName.isNotNull().and(bName.isNotNull()))
                .match(new ShortestRoutes(route, Hop.factChain(Cypher.anyNode(aName), hops, Cypher.anyNode(bName))))
                .with(route).limit(p.parameter(limits.maxPaths()))
                .with(Cypher.collect(route).as(routes))
                .unwind(Cypher.range(Cypher.literalOf(0), Cypher.size(routes).subtract(Cypher.literalOf(1)))).as(i)
                .unwind(Cypher.range(Cypher.literalOf(0), Cypher.size(relationships).subtract(Cypher.literalOf(1))))
                .as(j)
                .with(i, j, Cypher.valueAt(relationships, j).as(r))
                .with(i, j, r, CypherFunctions.START_NODE.of(r).as(s), CypherFunctions.END_NODE.of(r).as(o))
                .orderBy(i.ascending(), j.ascending())
                .returning(Cypher.collect(Cypher.listOf(items)).as(stepsName)).build();
        org.neo4j.cypherdsl.core.Statement tree = Cypher.optionalMatch(a).optionalMatch(b).call(search, a, b)
                .returning(aName.isNotNull().as("fromFound"), bName.isNotNull().as("toFound"), stepsName).build();
        return projector.statement(tree, records -> answer(field, records.get(0), from, to, steps));
    }

    /** An end of the path: the entity with this id, if there is one. */
    private static Node end(String name, Expression id) {
        return Cypher.node(EntityType.ENTITY_LABEL).withProperties("id", id).named(name);
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

    /**
     * {@code route = allShortestPaths(chain)}: the planner's shortest-path search between two bound nodes.
     * Cypher-DSL builds this named path only inside its own package, and in the dialect that writes
     * {@code CALL (a, b)} offers the GQL {@code ALL SHORTEST} instead, which Neo4j plans differently.
     */
    private record ShortestRoutes(SymbolicName route, PatternElement chain) implements PatternElement {

        @Override
        public void accept(Visitor visitor) {
            visitor.enter(this);
            route.accept(visitor);
            Operator.ASSIGMENT.accept(visitor);
            CypherFunctions.ALL_SHORTEST_PATHS.of(chain).accept(visitor);
            visitor.leave(this);
        }
    }
}
