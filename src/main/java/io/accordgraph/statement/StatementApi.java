package io.accordgraph.statement;

import static io.accordgraph.statement.StatementRelations.ABOUT;
import static io.accordgraph.statement.StatementRelations.SPEAKER;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.accordgraph.graph.Entity;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.graph.page.Lists;
import io.accordgraph.graph.page.NodeSet;
import io.accordgraph.graph.page.Order;

@GraphQLApi
public class StatementApi {

    private static final NodeSet ALL = NodeSet.of(EntityType.STATEMENT);

    private final GraphReader graph;
    private final Lists lists;

    StatementApi(GraphReader graph, Lists lists) {
        this.graph = graph;
        this.lists = lists;
    }

    @Query
    @Description("Every statement in the graph: who said what, when, about whom. " + Lists.PAGED)
    public @NonNull List<@NonNull Statement> statements(StatementWhere where, List<Order> orderBy, Integer first,
            Integer offset) {
        return lists.list(ALL, where, orderBy, first, offset, Statement::from);
    }

    @Query
    @Description("As `statements`, one page at a time: `first` after the cursor `after`.")
    public @NonNull StatementConnection statementsConnection(Integer first, String after, StatementWhere where,
            List<Order> orderBy) {
        return lists.connection(ALL, where, orderBy, first, after, Statement::from, StatementConnection::new);
    }

    @Description("Who made the statement: a person, or a state or delegation when the source names no one.")
    public List<Entity> speaker(@Source List<Statement> parents) {
        return graph.onePerParent(SPEAKER, parents);
    }

    @Description("What or whom the statement is about.")
    public @NonNull List<@NonNull List<@NonNull Entity>> about(@Source List<Statement> parents) {
        return graph.perParent(ABOUT, parents);
    }
}
