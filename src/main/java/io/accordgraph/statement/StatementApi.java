package io.accordgraph.statement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.accordgraph.graph.Entity;

@GraphQLApi
public class StatementApi {

    private final StatementRepository statements;

    StatementApi(StatementRepository statements) {
        this.statements = statements;
    }

    @Query
    @Description("Every statement in the graph: who said what, when, about whom.")
    public @NonNull List<@NonNull Statement> statements() {
        return statements.all();
    }

    @Description("Who made the statement: a person, or a state or delegation when the source names no one.")
    public List<Entity> speaker(@Source List<Statement> parents) {
        return statements.speakers(parents);
    }

    @Description("What or whom the statement is about.")
    public @NonNull List<@NonNull List<@NonNull Entity>> about(@Source List<Statement> parents) {
        return statements.subjects(parents);
    }
}
