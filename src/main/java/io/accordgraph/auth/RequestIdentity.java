package io.accordgraph.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import graphql.execution.ExecutionContext;
import graphql.schema.DataFetchingEnvironment;
import io.accordgraph.graphql.OperationCheck;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The request's identity, taken once per GraphQL operation before any field runs and kept in graphql-java's context
 * for every field: SmallRye runs later fields of a mutation on other threads, where the request context that holds
 * the identity may no longer be active. The token is verified when a field first asks, once for the request. A request
 * that carries no credentials is known to be anonymous without asking, which spares reads the asynchronous check.
 */
@ApplicationScoped
public class RequestIdentity implements OperationCheck {

    private static final String KEY = RequestIdentity.class.getName();
    private static final String WITHOUT_CREDENTIALS = KEY + ".withoutCredentials";

    @Inject
    CurrentIdentityAssociation identities;
    @Inject
    CurrentVertxRequest request;

    @Override
    public void check(ExecutionContext context) {
        context.getGraphQLContext().put(KEY, identities.getDeferredIdentity().memoize().indefinitely());
        RoutingContext http = request.getCurrent();
        // Over a WebSocket the credentials may travel in the connection's first message: not known here.
        boolean none = http != null && !http.request().headers().contains(HttpHeaders.AUTHORIZATION)
                && !"websocket".equalsIgnoreCase(http.request().getHeader(HttpHeaders.UPGRADE));
        context.getGraphQLContext().put(WITHOUT_CREDENTIALS, none);
    }

    /** True when the request of {@code env} carries no credentials at all, so that it is anonymous. */
    static boolean withoutCredentials(DataFetchingEnvironment env) {
        return Boolean.TRUE.equals(env.getGraphQlContext().get(WITHOUT_CREDENTIALS));
    }

    /** The identity of the request {@code env} belongs to. */
    static Uni<SecurityIdentity> of(DataFetchingEnvironment env) {
        return env.getGraphQlContext().get(KEY);
    }
}
