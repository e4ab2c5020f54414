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

@GraphQLApi
public class StatementApi {

    private final GraphReader graph;

    StatementApi(GraphReader graph) {
        this.graph = graph;
    }

    @Query
    @Description("Every statement in the graph: who said what, when, about whom.")
    public @NonNull List<@NonNull Statement> statements() {
        return graph.all(EntityType.STATEMENT, Statement::from);
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
