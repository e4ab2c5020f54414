package io.accordgraph;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.Driver;

import graphql.execution.RawVariables;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import io.accordgraph.neo4j.Statement;
import io.accordgraph.read.RequestReads;

/** The Cypher the server compiles a GraphQL query into, and the operators Neo4j's planner picks for it (EXPLAIN). */
@ApplicationScoped
public class QueryPlans {

    private final GraphQLSchema schema;
    private final RequestReads reads;
    private final Driver driver;

    QueryPlans(GraphQLSchema schema, RequestReads reads, Driver driver) {
        this.schema = schema;
        this.reads = reads;
        this.driver = driver;
    }

    /** The statement of the query's first root field. */
    public Statement compile(String query) {
        var operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                schema, Parser.parse(query), null, RawVariables.emptyVariables());
        return reads.compile(operation.getTopLevelFields().get(0));
    }

    /** Every operator of the plan of the query's first root field, root first. */
    public List<String> plan(String query) {
        Statement statement = compile(query);
        return Plans.operators(driver, statement.cypher(), Map.copyOf(statement.parameters()));
    }

    /** The operators that produce the rows of the query's first root field, as {@link Plans#rowOperators}. */
    public List<String> rowPlan(String query) {
        Statement statement = compile(query);
        return Plans.rowOperators(driver, statement.cypher(), Map.copyOf(statement.parameters()));
    }
}
