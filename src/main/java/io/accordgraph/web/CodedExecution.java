package io.accordgraph.web;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.schema.GraphQLSchema;
import io.accordgraph.metrics.GraphQLMetrics;
import io.quarkus.arc.Unremovable;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.schema.model.Schema;

/**
 * SmallRye's execution, with a document that does not parse answered by the coded error of {@link ParsedDocuments}
 * rather than SmallRye's uncoded "Unparseable input document". Over HTTP the guard has answered such a document
 * already; this is for the WebSocket, whose messages reach the execution without passing any handler of ours.
 */
@ApplicationScoped
public class CodedExecution {

    // Looked up by SmallRye's handlers, never injected: Quarkus would remove it as unused.
    @Unremovable
    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    ExecutionService execution(GraphQLSchema graphQLSchema, Schema schema, ParsedDocuments documents,
            GraphQLMetrics metrics) {
        return new ExecutionService(graphQLSchema, schema) {
            @Override
            public void execute(JsonObject request, Map<String, Object> context, ExecutionResponseWriter writer,
                    boolean async) {
                GraphQLError error = request.get("query") instanceof JsonString query
                        ? documents.parse(query.getString()).error() : null;
                if (error == null) {
                    super.execute(request, context, writer, async);
                } else {
                    metrics.refused(error.getExtensions().get("code").toString());
                    writer.write(new ExecutionResponse(ExecutionResultImpl.newExecutionResult().addError(error).build()));
                }
            }
        };
    }
}
