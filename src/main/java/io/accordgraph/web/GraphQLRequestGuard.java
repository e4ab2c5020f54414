package io.accordgraph.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.Parser;
import io.accordgraph.graph.LimitsConfig;
import io.accordgraph.metrics.GraphQLMetrics;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Checks a POST to {@code /graphql} before SmallRye GraphQL reads it, and answers what SmallRye would answer with a
 * stack trace, an HTTP 500 or an uncoded error: a body that is not declared {@code application/json} in UTF-8 (415,
 * so that no page of another site can post a mutation as a form or text/plain, which browsers send without asking
 * the server first), a body over {@code accord.limits.graphql-body-size} (413), a body that is not one JSON object
 * with a string {@code query} and an object of {@code variables} (400), and a query that
 * does not parse ({@code GRAPHQL_PARSE_FAILED} with its location, {@code QUERY_TOO_LARGE} past the parser's token
 * limit, {@code QUERY_TOO_DEEP} past its nesting limit). Each answer is a GraphQL error list with an
 * {@code extensions.code}.
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    private static final int PARSED_REMEMBERED = 2048;
    /** The media type of the GraphQL-over-HTTP spec, which SmallRye answers with when a client accepts it. */
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private final long maxBody;
    /** Queries that parsed: asked again, they are not parsed again here (graphql-java caches its own parse). */
    private final Set<String> parsed = Collections.synchronizedSet(Collections.newSetFromMap(
            new LinkedHashMap<>(PARSED_REMEMBERED, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > PARSED_REMEMBERED;
                }
            }));

    private final boolean introspection;
    private final GraphQLMetrics metrics;

    GraphQLRequestGuard(LimitsConfig limits,
            @ConfigProperty(name = "quarkus.smallrye-graphql.field-visibility", defaultValue = "default")
            String visibility, GraphQLMetrics metrics) {
        this.maxBody = limits.graphqlBodySize().asLongValue();
        this.metrics = metrics;
        this.introspection = !"no-introspection".equals(visibility);
    }

    // Before SmallRye's routes for the same paths, which then find the body already read.
    void install(@Observes Router router) {
        router.post("/graphql").order(-100).handler(BodyHandler.create(false).setBodyLimit(maxBody))
                .handler(this::check).failureHandler(this::tooLarge);
        if (!introspection) {
            // The SDL tells what introspection would; SmallRye serves it whatever the visibility.
            router.get("/graphql/schema.graphql").order(-100).handler(context -> context.response()
                    .setStatusCode(404).end());
        }
    }

    private void check(RoutingContext context) {
        String problem = problem(context);
        if (problem == null) {
            context.next();
        }
    }

    /** Answers the request when something is wrong with it, and says so; null when SmallRye may take it. */
    private String problem(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (!JsonBodies.declared(type)) {
            return refuse(context, 415, JsonBodies.CODE, JsonBodies.refusal("/graphql", type));
        }
        Object body;
        try {
            body = context.body().buffer() == null ? null : Json.decodeValue(context.body().buffer());
        } catch (DecodeException e) {
            return refuse(context, 400, "BAD_REQUEST", "The body is not JSON: send {\"query\": \"...\", "
                    + "\"variables\": {...}} with Content-Type application/json.");
        }
        if (body instanceof JsonArray) {
            return refuse(context, 400, "BAD_REQUEST", "Batches are not accepted: send one operation per request.");
        }
        if (!(body instanceof JsonObject request)) {
            return refuse(context, 400, "BAD_REQUEST", "The body must be a JSON object with a `query`.");
        }
        if (!(request.getValue("query") instanceof String query)) {
            return refuse(context, 400, "BAD_REQUEST", "`query` must be a string holding the GraphQL document.");
        }
        Object variables = request.getValue("variables");
        if (variables != null && !(variables instanceof JsonObject)) {
            return refuse(context, 400, "BAD_REQUEST", "`variables` must be a JSON object of names and values.");
        }
        Object operationName = request.getValue("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            return refuse(context, 400, "BAD_REQUEST", "`operationName` must be a string.");
        }
        return parsed.contains(query) ? null : parse(context, query);
    }

    private String parse(RoutingContext context, String query) {
        try {
            Parser.parse(query);
            parsed.add(query);
            return null;
        } catch (ParseCancelledException e) {
            return refuse(context, 200, "QUERY_TOO_LARGE", "The document is too long for the parser's token limit "
                    + "(quarkus.smallrye-graphql.parser-max-tokens).");
        } catch (ParseCancelledTooDeepException e) {
            return refuse(context, 200, "QUERY_TOO_DEEP", "The document nests deeper than the parser follows; "
                    + "a query may nest at most accord.limits.max-depth fields.");
        } catch (InvalidSyntaxException e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("message", e.getMessage());
            error.put("locations", e.getLocation() == null ? List.of()
                    : List.of(Map.of("line", e.getLocation().getLine(), "column", e.getLocation().getColumn())));
            error.put("extensions", Map.of("code", "GRAPHQL_PARSE_FAILED"));
            return answer(context, 200, error);
        }
    }

    private void tooLarge(RoutingContext context) {
        if (context.statusCode() == 413) {
            refuse(context, 413, "REQUEST_TOO_LARGE", "The body is larger than " + maxBody + " bytes "
                    + "(accord.limits.graphql-body-size); import large bundles through POST /bundles.");
        } else {
            context.next();
        }
    }

    private String refuse(RoutingContext context, int status, String code, String message) {
        return answer(context, status, Map.of("message", message, "extensions", Map.of("code", code)));
    }

    /**
     * A client that accepts the spec's media type gets it, and then, as the spec requires of an answer without
     * {@code data}, a 4xx status rather than 200; other clients get {@code application/json} and 200 as before.
     */
    private String answer(RoutingContext context, int status, Map<String, Object> error) {
        metrics.refused(((Map<?, ?>) error.get("extensions")).get("code").toString());
        String accept = context.request().getHeader("Accept");
        boolean spec = accept != null && accept.contains(GRAPHQL_RESPONSE);
        context.response().setStatusCode(spec && status == 200 ? 400 : status)
                .putHeader("Content-Type", spec ? GRAPHQL_RESPONSE : "application/json")
                .end(Json.encode(Map.of("errors", List.of(error))));
        return String.valueOf(error.get("message"));
    }
}
