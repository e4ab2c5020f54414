package io.accordgraph.read;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.Property;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.Where;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import io.accordgraph.error.CodedException;
import io.accordgraph.error.Problem;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Model.RootList;
import io.accordgraph.graph.model.Model;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.neo4j.Statement;
import io.accordgraph.read.filter.Filters;
import io.accordgraph.read.page.Cursor;
import io.accordgraph.read.page.PageSize;
import io.accordgraph.read.page.Sort;
import io.accordgraph.schema.Arguments;
import io.accordgraph.schema.Names;

/**
 * The root lists of every kind ({@code persons}, ..., and {@code negotiators}) and their connections
 * ({@code personsConnection}, ...): one statement each that filters, orders and cuts in the database. A page ordered
 * by name, id or date reads the kind's range index in order and stops after the page.
 */
@ApplicationScoped
public class ListFields implements QueryFields {

    /** How root lists describe their arguments. */
    private static final String PAGED = " Filtered by `where`, sorted by `orderBy` (default: by name), `first` of them "
            + "(default and maximum are configured) after skipping `offset`.";

    @Inject
    PageSize pageSize;

    @Override
    public List<QueryField> queryFields() {
        List<QueryField> fields = new ArrayList<>();
        for (RootList list : Model.rootLists()) {
            fields.add(new ListField(list));
        }
        for (EntityType kind : EntityType.values()) {
            fields.add(new ConnectionField(kind));
        }
        return fields;
    }

    /** The paging types of the connections. */
    @Override
    public List<GraphQLType> types() {
        List<GraphQLType> types = new ArrayList<>();
        types.add(GraphQLObjectType.newObject().name(Names.PAGE_INFO)
                .field(f -> f.name("hasNextPage").type(GraphQLNonNull.nonNull(Names.BOOLEAN)))
                .field(f -> f.name("endCursor").type(Names.STRING)
                        .description("The cursor of the page's last node; pass it as `after` for the next page."))
                .build());
        for (EntityType kind : EntityType.values()) {
            types.add(GraphQLObjectType.newObject().name(Names.edge(kind))
                    .field(f -> f.name("cursor").type(GraphQLNonNull.nonNull(Names.STRING)))
                    .field(f -> f.name("node").type(GraphQLNonNull.nonNull(Names.ref(kind.label()))))
                    .build());
            types.add(GraphQLObjectType.newObject().name(Names.connection(kind))
                    .description("One page of " + kind.plural() + ", Relay style.")
                    .field(f -> f.name("edges").type(nonNullList(Names.edge(kind))))
                    .field(f -> f.name("pageInfo").type(GraphQLNonNull.nonNull(Names.ref(Names.PAGE_INFO))))
                    .field(f -> f.name("totalCount").type(Names.INT)
                            .description("How many nodes match the filter, on all pages (counted only when asked)."))
                    .build());
        }
        return types;
    }

    private static GraphQLNonNull nonNullList(String type) {
        return GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(Names.ref(type))));
    }

    /**
     * {@code MATCH (n:Label) WHERE <keys present> AND <the list's own condition> AND <filter>}, with a hint where the
     * best index is known whatever the statistics say (they lag behind a large import): the uniqueness constraint's
     * for a filter on ids, the order's for no filter. Other filters are left to the planner.
     */
    private static StatementBuilder.OngoingReadingWithWhere match(RootList list, Node n, Sort sort,
            Map<String, Object> where, Condition page, Projector projector) {
        List<Property> hint = byId(where) ? List.of(n.property("id"))
                : where == null || where.isEmpty() ? sort.indexHint(n) : List.of();
        StatementBuilder.OngoingReadingWithoutWhere match = Cypher.match(n);
        return (hint.isEmpty() ? match : match.usingIndex(hint.toArray(Property[]::new)))
                .where(condition(list, n, sort.present(n.getRequiredSymbolicName()), where, projector).and(page));
    }

    /** Whether a filter names ids, which the uniqueness constraint's index finds whatever else it says. */
    static boolean byId(Map<String, Object> where) {
        return where != null && where.get("id") != null;
    }

    /** The list's own condition and the filter on {@code n}, after {@code first}, as known on the projector's day. */
    static Condition condition(RootList list, Node n, Condition first, Map<String, Object> where,
            Projector projector) {
        SymbolicName v = n.getRequiredSymbolicName();
        CypherParameters p = projector.parameters();
        Condition required = list.requires() == null ? Cypher.isTrue()
                : Cypher.match(list.requires().from(v, p.name("m"))).asCondition();
        return projector.andKnown(first.and(required).and(Filters.condition(list.type(), where, v, p)), v);
    }

    /** The root list's node, bound to {@code name}. */
    private static Node node(RootList list, String name) {
        return Cypher.node(list.type().label()).named(name);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> where(ExecutableNormalizedField field) {
        return (Map<String, Object>) field.getResolvedArguments().get("where");
    }

    @SuppressWarnings("unchecked")
    private static Sort sort(EntityType kind, ExecutableNormalizedField field) {
        return Sort.of(kind, (List<Map<String, Object>>) field.getResolvedArguments().get("orderBy"));
    }

    private final class ListField implements QueryField {

        private final RootList list;

        ListField(RootList list) {
            this.list = list;
        }

        @Override
        public GraphQLFieldDefinition definition() {
            return GraphQLFieldDefinition.newFieldDefinition().name(list.name())
                    .description(list.description() + PAGED)
                    .type(nonNullList(list.type().label()))
                    .argument(Arguments.where(list.type())).argument(Arguments.orderBy())
                    .argument(Arguments.first("How many; the default and the maximum are configured."))
                    .argument(Arguments.offset()).argument(Arguments.knownAt())
                    .build();
        }

        @Override
        public Statement compile(ExecutableNormalizedField field, Projector projector) {
            CypherParameters p = projector.parameters();
            Integer offset = Arguments.integer(field.getResolvedArguments(), "offset");
            if (offset != null && offset < 0) {
                throw CodedException.of(Problem.invalid("offset", "must not be negative (it was " + offset + ")"));
            }
            int size = pageSize.of(Arguments.integer(field.getResolvedArguments(), "first"));
            Sort sort = sort(list.type(), field);
            Node n = node(list, "n");
            SymbolicName v = n.getRequiredSymbolicName();
            Projector.Projected node = projector.node(v, EnumSet.of(list.type()), field);
            org.neo4j.cypherdsl.core.Statement tree = match(list, n, sort, where(field), Cypher.noCondition(),
                    projector).with(n).orderBy(sort.orderBy(v)).skip(p.parameter(offset == null ? 0 : offset))
                    .limit(p.parameter(size)).returning(node.cypher()).build();
            return projector.statement(tree, records -> records.stream()
                    .map(r -> node.conversion().from(r.get(0))).toList());
        }
    }

    private final class ConnectionField implements QueryField {

        private final RootList list;

        ConnectionField(EntityType kind) {
            this.list = new RootList(kind.plural() + "Connection", kind, null, null);
        }

        @Override
        public GraphQLFieldDefinition definition() {
            return GraphQLFieldDefinition.newFieldDefinition().name(list.name())
                    .description("As `" + list.type().plural() + "`, one page at a time: `first` after the cursor "
                            + "`after`.")
                    .type(GraphQLNonNull.nonNull(Names.ref(Names.connection(list.type()))))
                    .argument(Arguments.first("Page size; the default and the maximum are configured."))
                    .argument(Arguments.after())
                    .argument(Arguments.where(list.type())).argument(Arguments.orderBy())
                    .argument(Arguments.knownAt())
                    .build();
        }

        /**
         * One row: the page (one node more than asked, to tell whether there is a next page), each node with its
         * sort keys for its cursor, and the total when selected.
         */
        @Override
        public Statement compile(ExecutableNormalizedField field, Projector projector) {
            CypherParameters p = projector.parameters();
            int size = pageSize.of(Arguments.integer(field.getResolvedArguments(), "first"));
            Sort sort = sort(list.type(), field);
            Node n = node(list, "n");
            SymbolicName v = n.getRequiredSymbolicName();
            String after = (String) field.getResolvedArguments().get("after");
            Condition page = after == null ? Cypher.noCondition() : sort.after(v, Cursor.decode(sort, after), p);
            List<ExecutableNormalizedField> edges = ChildProjections.named(field.getChildren(), "edges");
            ChildProjections nodes = new ChildProjections(edges.stream()
                    .flatMap(edge -> ChildProjections.named(edge.getChildren(), "node").stream()).toList(), 1,
                    node -> projector.node(v, EnumSet.of(list.type()), node));
            List<Expression> items = new ArrayList<>(List.of(sort.keys(v)));
            items.addAll(nodes.expressions());
            SymbolicName pageName = Cypher.name("page");
            List<Expression> returned = new ArrayList<>(List.of(pageName));
            if (!ChildProjections.named(field.getChildren(), "totalCount").isEmpty()) {
                Node c = node(list, "c");
                Condition counted = condition(list, c, Cypher.isTrue(), where(field), projector);
                returned.add(Cypher.count(List.<PatternElement>of(c), Where.from(counted)).as("total"));
            }
            org.neo4j.cypherdsl.core.Statement tree = match(list, n, sort, where(field), page, projector)
                    .with(n).orderBy(sort.orderBy(v)).limit(p.parameter(size + 1))
                    .with(Cypher.collect(Cypher.listOf(items)).as(pageName)).returning(returned).build();
            return projector.statement(tree, records -> answer(field, records.get(0), size, sort, nodes));
        }

        private Row answer(ExecutableNormalizedField field, Record record, int size, Sort sort,
                ChildProjections nodes) {
            List<Value> page = record.get("page").asList(v -> v);
            List<Value> shown = page.subList(0, Math.min(size, page.size()));
            String endCursor = shown.isEmpty() ? null : cursor(sort, shown.get(shown.size() - 1));
            return Row.of(field, child -> switch (child.getName()) {
                case "totalCount" -> record.get("total").asInt();
                case "pageInfo" -> Row.of(child, info -> info.getName().equals("hasNextPage")
                        ? page.size() > size : endCursor);
                case "edges" -> shown.stream().map(edge -> Row.of(child, e -> e.getName().equals("cursor")
                        ? cursor(sort, edge) : nodes.from(e, edge))).toList();
                default -> null;
            });
        }
    }

    private static String cursor(Sort sort, Value edge) {
        return Cursor.encode(sort, edge.get(0).asList(Value::asString));
    }
}
