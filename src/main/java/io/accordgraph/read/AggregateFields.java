package io.accordgraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.GroupKey;
import io.accordgraph.graph.model.Hop;
import io.accordgraph.graph.model.Model;
import io.accordgraph.graph.model.Model.RootList;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.neo4j.Statement;
import io.accordgraph.schema.Arguments;
import io.accordgraph.schema.Names;

/**
 * The aggregates of the root lists ({@code statementsAggregate}, ..., {@code negotiatorsAggregate}) and of facts
 * ({@code factsAggregate}): one statement each, whose rows are those the list's {@code where} (or the facts'
 * predicate and ends) select, as known on the {@code knownAt} day; a filter on ids seeks the uniqueness constraint's
 * index. Like a list's filter that no index serves, grouping a whole kind reads its label, not the graph: it is
 * not a heavy read; the facts of the whole graph are.
 */
@ApplicationScoped
public class AggregateFields implements QueryFields {

    @Override
    public List<QueryField> queryFields() {
        List<QueryField> fields = new ArrayList<>();
        for (RootList list : Model.rootLists()) {
            fields.add(new ListAggregate(list));
        }
        fields.add(new FactsAggregate());
        return fields;
    }

    private static final class ListAggregate implements QueryField {

        private final RootList list;

        ListAggregate(RootList list) {
            this.list = list;
        }

        @Override
        public GraphQLFieldDefinition definition() {
            return GraphQLFieldDefinition.newFieldDefinition().name(list.name() + "Aggregate")
                    .description("How many of `" + list.name() + "` match `where`, the range of their dates, and "
                            + "their groups.")
                    .type(GraphQLNonNull.nonNull(Names.ref(Names.aggregate(list.type().label()))))
                    .argument(Arguments.where(list.type())).argument(Arguments.knownAt())
                    .build();
        }

        @Override
        public Statement compile(ExecutableNormalizedField field, Projector projector) {
            Node n = Cypher.node(list.type().label()).named("n");
            SymbolicName v = n.getRequiredSymbolicName();
            Map<String, Object> where = ListFields.where(field);
            Condition condition = ListFields.condition(list, n, Cypher.isTrue(), where, projector);
            Aggregation.Rows rows = new Aggregation.Rows(() -> {
                StatementBuilder.OngoingReadingWithoutWhere match = Cypher.match(n);
                return (ListFields.byId(where) ? match.usingIndex(n.property("id")) : match).where(condition)
                        .with(n);
            }, List.of(v));
            return Aggregation.root(projector, rows, Aggregation.Counted.of(projector, list.type(), v), field);
        }
    }

    private static final class FactsAggregate implements QueryField {

        private static final String DESCRIPTION = "How many facts there are (each claim counts), narrowed by "
                + "`predicate`, `subject` and `object` (ids), the range of their dates, and their groups: by "
                + "`PREDICATE`, and by `SOURCE`, how many facts each report supports.";

        @Override
        public GraphQLFieldDefinition definition() {
            return GraphQLFieldDefinition.newFieldDefinition().name("factsAggregate").description(DESCRIPTION)
                    .arguments(Arguments.factEnds()).argument(Arguments.knownAt())
                    .type(GraphQLNonNull.nonNull(Names.ref(Names.aggregate(Names.FACT)))).build();
        }

        /** Without a subject or an object it reads every fact of the graph. */
        @Override
        public boolean heavy(ExecutableNormalizedField field) {
            return Arguments.everyFact(field.getResolvedArguments());
        }

        @Override
        public Statement compile(ExecutableNormalizedField field, Projector projector) {
            Map<String, Object> args = field.getResolvedArguments();
            Node a = EntityType.anyKind("a");
            Node b = EntityType.anyKind("b");
            SymbolicName r = Cypher.name("r");
            // One type is matched as that type, which the planner counts and scans by type.
            Object predicate = args.get("predicate");
            Relationship fact = (predicate == null ? Hop.anyFactForward(a, b)
                    : Predicate.valueOf(String.valueOf(predicate)).out().relationship(a, b)).named(r);
            CypherParameters p = projector.parameters();
            Condition condition = projector.knownClaim(r).and(projector.known(a.getRequiredSymbolicName()))
                    .and(projector.known(b.getRequiredSymbolicName()));
            if (args.get("subject") != null) {
                condition = a.property("id").eq(p.parameter(args.get("subject"))).and(condition);
            }
            if (args.get("object") != null) {
                condition = b.property("id").eq(p.parameter(args.get("object"))).and(condition);
            }
            Condition matched = condition;
            Aggregation.Rows rows = new Aggregation.Rows(() -> Cypher.match(fact).where(matched).with(r), List.of(r));
            Aggregation.Counted counted = new Aggregation.Counted(AggregateFigures.factRanges(r), GroupKey.FACTS,
                    key -> GroupKeys.ofFacts(projector, r, key));
            return Aggregation.root(projector, rows, counted, field);
        }
    }
}
