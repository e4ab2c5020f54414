package io.accordgraph.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.language.OperationDefinition;
import io.accordgraph.auth.Access;
import io.accordgraph.error.ErrorCode;
import io.accordgraph.graph.LimitsConfig;
import io.accordgraph.metrics.GraphQLMetrics;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;

/**
 * Reads a request to {@code /graphql}, POST or GET (GraphQL over HTTP), before SmallRye does, and answers what
 * SmallRye would answer with a stack trace, an HTTP 500, an uncoded error or not at all. Each refusal is a GraphQL
 * error list with an {@code extensions.code}:
 * <ul>
 * <li>a POST body that is not declared {@code application/json} in UTF-8 (415; see {@link JsonBodies}), over
 * {@code accord.limits.graphql-body-size} (413), or not one JSON object of a string {@code query}, an object of
 * {@code variables}, a string {@code operationName} and an object of {@code extensions} (400); the same for the
 * parameters of a GET;</li>
 * <li>a document that does not parse ({@link ParsedDocuments});</li>
 * <li>a mutation or subscription sent as GET (405: a GET must not change anything, and may be cached);</li>
 * <li>a persisted query this server does not know ({@code PERSISTED_QUERY_NOT_FOUND}, Apollo's signal to send the
 * document) or whose document does not match its hash; a document that is not trusted
 * ({@link PersistedDocuments}).</li>
 * </ul>
 * What it admits reaches SmallRye as the POST of one JSON object holding the document, so that GET, POST and
 * persisted queries then take one path: the same limits, token rules and metrics. It also sets what SmallRye gets
 * wrong in the answer: {@code application/json} unless the client asked for the spec's media type, 4xx for an answer
 * without data in that type, and the caching headers of a GET.
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    static final String PATH = "/graphql";
    /** The media type of the GraphQL-over-HTTP spec, which SmallRye answers with when a client accepts it. */
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    /** Set on a GET that was admitted and rerouted as a POST, so that the second pass only sets the answer's headers. */
    private static final String ADMITTED = GraphQLRequestGuard.class.getName() + ".admitted";

    private final long maxBody;
    private final boolean introspection;
    private final long publicMaxAge;
    private final GraphQLMetrics metrics;
    private final ParsedDocuments documents;
    private final PersistedDocuments persisted;

    GraphQLRequestGuard(LimitsConfig limits,
            @ConfigProperty(name = "quarkus.smallrye-graphql.field-visibility", defaultValue = "default")
            String visibility,
            @ConfigProperty(name = "accord.graphql.get-max-age", defaultValue = "0S") java.time.Duration maxAge,
            GraphQLMetrics metrics, ParsedDocuments documents, PersistedDocuments persisted) {
        this.maxBody = limits.graphqlBodySize().asLongValue();
        this.introspection = !"no-introspection".equals(visibility);
        this.publicMaxAge = maxAge.toSeconds();
        this.metrics = metrics;
        this.documents = documents;
        this.persisted = persisted;
    }

    /** How a request came, for the headers of its answer. */
    private record Admitted(boolean get, boolean withToken) {
    }

    // Before SmallRye's routes for the same paths, which then find the body already read.
    void install(@Observes Router router) {
        router.post(PATH).order(-100).handler(BodyHandler.create(false).setBodyLimit(maxBody))
                .handler(this::post).failureHandler(this::tooLarge);
        router.get(PATH).order(-100).handler(this::get);
        if (!introspection) {
            // The SDL tells what introspection would; SmallRye serves it whatever the visibility.
            router.get(PATH + "/schema.graphql").order(-100).handler(context -> context.response()
                    .setStatusCode(404).end());
        }
    }

    private void post(RoutingContext context) {
        Admitted rerouted = context.get(ADMITTED);
        if (rerouted != null) {
            answerAs(context, rerouted);
            context.next();
            return;
        }
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (!JsonBodies.declared(type)) {
            refuse(context, ErrorCode.UNSUPPORTED_MEDIA_TYPE, JsonBodies.refusal(PATH, type));
            return;
        }
        Object body;
        try {
            body = context.body().buffer() == null ? null : Json.decodeValue(context.body().buffer());
        } catch (DecodeException e) {
            refuse(context, ErrorCode.BAD_REQUEST, "The body is not JSON: send {\"query\": \"...\", "
                    + "\"variables\": {...}} with Content-Type application/json.");
            return;
        }
        if (body instanceof JsonArray) {
            refuse(context, ErrorCode.BAD_REQUEST, "Batches are not accepted: send one operation per request.");
        } else if (body instanceof JsonObject request) {
            admit(context, request, false);
        } else {
            refuse(context, ErrorCode.BAD_REQUEST, "The body must be a JSON object with a `query`.");
        }
    }

    private void get(RoutingContext context) {
        if ("websocket".equalsIgnoreCase(context.request().getHeader(HttpHeaders.UPGRADE))) {
            context.next();
            return;
        }
        JsonObject request = new JsonObject();
        for (String name : List.of("query", "operationName", "variables", "extensions")) {
            String value = context.request().getParam(name);
            if (value == null || value.isEmpty()) {
                continue;
            }
            try {
                request.put(name, name.equals("variables") || name.equals("extensions") ? Json.decodeValue(value) : value);
            } catch (DecodeException e) {
                refuse(context, ErrorCode.BAD_REQUEST, "The parameter `" + name + "` must be a JSON object, "
                        + "URL-encoded.");
                return;
            }
        }
        admit(context, request, true);
    }

    /** Checks what a POST body or the parameters of a GET ask, and hands it on or answers it. */
    private void admit(RoutingContext context, JsonObject request, boolean get) {
        String shape = shape(request);
        if (shape != null) {
            refuse(context, ErrorCode.BAD_REQUEST, shape);
            return;
        }
        String query = request.getString("query");
        JsonObject extensions = request.getJsonObject("extensions");
        Object persistedQuery = extensions == null ? null : extensions.getValue("persistedQuery");
        if (persistedQuery != null && !(persistedQuery instanceof JsonObject apq
                && Integer.valueOf(1).equals(apq.getValue("version")) && apq.getValue("sha256Hash") instanceof String)) {
            refuse(context, ErrorCode.BAD_REQUEST, "`extensions.persistedQuery` must be {\"version\": 1, "
                    + "\"sha256Hash\": \"<SHA-256 of the document, hex>\"}, the only version of the protocol there is.");
            return;
        }
        String hash = persistedHash(request);
        if (hash != null && query == null) {
            query = persisted.find(hash);
            if (query == null) {
                // The message is Apollo's protocol: its clients and urql's then send the document.
                refuse(context, ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound");
                return;
            }
            request.put("query", query);
        } else if (query == null) {
            refuse(context, ErrorCode.BAD_REQUEST, "`query` must be a string holding the GraphQL document, or "
                    + "`extensions.persistedQuery` must name the SHA-256 of one this server knows.");
            return;
        }
        String documentHash = hash != null || persisted.restricted() ? PersistedDocuments.hash(query) : null;
        if (hash != null && !hash.equals(documentHash)) {
            refuse(context, ErrorCode.PERSISTED_QUERY_HASH_MISMATCH, "`extensions.persistedQuery.sha256Hash` is not "
                    + "the SHA-256 of `query`. Nothing was run.");
            return;
        }
        ParsedDocuments.Parsed parsed = documents.parse(query);
        if (parsed.error() != null) {
            answer(context, 200, parsed.error().toSpecification());
            return;
        }
        OperationDefinition operation = parsed.operation(request.getString("operationName"));
        OperationDefinition.Operation kind = operation == null ? null : operation.getOperation();
        if (kind == OperationDefinition.Operation.SUBSCRIPTION) {
            refuse(context, ErrorCode.WEBSOCKET_REQUIRED, "A subscription runs over a WebSocket to " + PATH
                    + " (protocol graphql-transport-ws, as the graphql-ws client speaks it), not over plain HTTP.");
            return;
        }
        if (get && kind == OperationDefinition.Operation.MUTATION) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            refuse(context, ErrorCode.METHOD_NOT_ALLOWED, "A mutation must be sent as POST; GET runs queries only. "
                    + "Nothing was run.");
            return;
        }
        if (documentHash != null && !persisted.trusted(documentHash)) {
            admitEditorOnly(context, request, get, hash != null);
        } else {
            handOn(context, request, get, hash != null);
        }
    }

    /** A document that is not trusted runs only for the editor, whose token is checked first. */
    private void admitEditorOnly(RoutingContext context, JsonObject request, boolean get, boolean persistedQuery) {
        Context eventLoop = Vertx.currentContext();
        QuarkusHttpUser.getSecurityIdentity(context, null).subscribe().with(
                identity -> eventLoop.runOnContext(done -> {
                    if (identity.hasRole(Access.EDITOR)) {
                        handOn(context, request, get, persistedQuery);
                    } else {
                        untrusted(context);
                    }
                }),
                refused -> eventLoop.runOnContext(done -> untrusted(context)));
    }

    private void untrusted(RoutingContext context) {
        refuse(context, ErrorCode.DOCUMENT_NOT_TRUSTED, "This server runs only its trusted documents "
                + "(accord.graphql.trusted-documents), and others for the editor's token. Nothing was run.");
    }

    /** Gives SmallRye the request as the POST of one JSON object: a GET is rerouted, a persisted query filled in. */
    private void handOn(RoutingContext context, JsonObject request, boolean get, boolean rewritten) {
        Admitted admitted = new Admitted(get, context.request().headers().contains(HttpHeaders.AUTHORIZATION));
        String hash = persistedHash(request);
        if (hash != null) {
            persisted.remember(hash, request.getString("query"));
        }
        if (get || rewritten) {
            ((RoutingContextInternal) context).setBody(request.toBuffer());
        }
        if (get) {
            context.put(ADMITTED, admitted);
            context.reroute(HttpMethod.POST, PATH);
        } else {
            answerAs(context, admitted);
            context.next();
        }
    }

    /** What is wrong with the shape of a request, or null. */
    private static String shape(JsonObject request) {
        if (request.containsKey("query") && !(request.getValue("query") instanceof String)) {
            return "`query` must be a string holding the GraphQL document.";
        }
        if (request.getValue("variables") != null && !(request.getValue("variables") instanceof JsonObject)) {
            return "`variables` must be a JSON object of names and values.";
        }
        if (request.getValue("operationName") != null && !(request.getValue("operationName") instanceof String)) {
            return "`operationName` must be a string.";
        }
        if (request.getValue("extensions") != null && !(request.getValue("extensions") instanceof JsonObject)) {
            return "`extensions` must be a JSON object.";
        }
        return null;
    }

    /** The hash of an Apollo persisted query ({@code extensions.persistedQuery.sha256Hash}), or null. */
    private static String persistedHash(JsonObject request) {
        JsonObject extensions = request.getJsonObject("extensions");
        Object persistedQuery = extensions == null ? null : extensions.getValue("persistedQuery");
        return persistedQuery instanceof JsonObject apq && apq.getValue("sha256Hash") instanceof String hash
                ? hash.toLowerCase() : null;
    }

    /**
     * The headers SmallRye's answer needs: its media type is the spec's only for a client that asks for it (SmallRye
     * also picks it for {@code Accept: *}{@code /*} or none, which the spec answers with {@code application/json}),
     * and then an answer without data is a 400; a GET's answer says who may cache it.
     */
    private void answerAs(RoutingContext context, Admitted admitted) {
        // SmallRye reads these headers as they are now: the body's media type, checked above, in one spelling that
        // names no charset it would look up, and the answer's media type as the spec picks it.
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        boolean spec = accept != null && accept.contains(GRAPHQL_RESPONSE);
        context.request().headers().set(HttpHeaders.CONTENT_TYPE, "application/json")
                .set(HttpHeaders.ACCEPT, spec ? GRAPHQL_RESPONSE : "application/json");
        context.addHeadersEndHandler(done -> {
            var response = context.response();
            if (spec && response.getStatusCode() == 200 && GraphQLOutcome.withoutData(context)) {
                response.setStatusCode(400).setStatusMessage("Bad Request");
            }
            if (admitted.get()) {
                response.putHeader(HttpHeaders.VARY, "Accept, Authorization");
                boolean cacheable = !admitted.withToken() && publicMaxAge > 0 && response.getStatusCode() == 200
                        && GraphQLOutcome.withoutErrors(context);
                response.putHeader(HttpHeaders.CACHE_CONTROL, cacheable ? "public, max-age=" + publicMaxAge
                        : admitted.withToken() ? "private, no-store" : "no-store");
            }
        });
    }

    private void tooLarge(RoutingContext context) {
        if (context.statusCode() == 413) {
            refuse(context, ErrorCode.REQUEST_TOO_LARGE, "The body is larger than " + maxBody + " bytes "
                    + "(accord.limits.graphql-body-size); import large bundles through POST /bundles.");
        } else {
            context.next();
        }
    }

    private void refuse(RoutingContext context, ErrorCode code, String message) {
        answer(context, code.status(), Map.of("message", message, "extensions", Map.of("code", code.name())));
    }

    /**
     * A client that accepts the spec's media type gets it, and then, as the spec requires of an answer without
     * {@code data}, a 4xx status rather than 200; other clients get {@code application/json} and 200 as before.
     */
    private void answer(RoutingContext context, int status, Map<String, Object> error) {
        metrics.refused(((Map<?, ?>) error.get("extensions")).get("code").toString());
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        boolean spec = accept != null && accept.contains(GRAPHQL_RESPONSE);
        context.response().setStatusCode(spec && status == 200 ? 400 : status)
                .putHeader(HttpHeaders.CONTENT_TYPE, spec ? GRAPHQL_RESPONSE : "application/json")
                .end(Json.encode(Map.of("errors", List.of(new LinkedHashMap<>(error)))));
    }
}
