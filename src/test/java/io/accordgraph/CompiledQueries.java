package io.accordgraph;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

import graphql.execution.RawVariables;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import io.accordgraph.graph.Statement;
import io.accordgraph.read.RequestReads;

/** The Cypher the server compiles a GraphQL query into, and the operators Neo4j's planner picks for it. */
public final class CompiledQueries {

    private CompiledQueries() {
    }

    /** The statement of the query's first root field. */
    public static Statement compile(GraphQLSchema schema, RequestReads reads, String query) {
        var operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                schema, Parser.parse(query), null, RawVariables.emptyVariables());
        return reads.compile(operation.getTopLevelFields().get(0));
    }

    /** The operators that produce the rows of the query's first root field, as {@link Plans#rowOperators}. */
    public static List<String> rowPlan(GraphQLSchema schema, RequestReads reads, Driver driver, String query) {
        Statement statement = compile(schema, reads, query);
        return Plans.rowOperators(driver, statement.cypher(), Map.copyOf(statement.parameters()));
    }

    /** The operators of the plan of the query's first root field, root first (EXPLAIN: planned, not run). */
    public static List<String> plan(GraphQLSchema schema, RequestReads reads, Driver driver, String query) {
        Statement statement = compile(schema, reads, query);
        return Plans.operators(driver, statement.cypher(), Map.copyOf(statement.parameters()));
    }
}
