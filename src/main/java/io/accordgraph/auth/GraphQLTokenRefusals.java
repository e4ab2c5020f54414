package io.accordgraph.auth;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A refused token on {@code /graphql} is the coded error of the fields ({@code UNAUTHENTICATED}), not an empty 401
 * for the whole request: Quarkus answers that way through the failure handler it puts on each request, which is
 * replaced here by one that leaves the failure to {@link Access}.
 */
@ApplicationScoped
public class GraphQLTokenRefusals {

    private static final BiConsumer<RoutingContext, Throwable> LEAVE_TO_THE_FIELDS = (request, failure) -> {
    };

    void install(@Observes Router router) {
        // After Quarkus's authentication handler has put its own, before the request guard may ask who the client
        // is (to let the editor run an untrusted document) and before the GraphQL endpoint runs.
        router.route("/graphql").order(-101).handler(request -> {
            request.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, LEAVE_TO_THE_FIELDS);
            request.next();
        });
    }
}
