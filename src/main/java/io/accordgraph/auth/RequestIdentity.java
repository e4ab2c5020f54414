package io.accordgraph.auth;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.execution.ExecutionContext;
import graphql.schema.DataFetchingEnvironment;
import io.accordgraph.graph.OperationCheck;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The request's identity, taken once per GraphQL operation before any field runs and kept in graphql-java's context
 * for every field: SmallRye runs later fields of a mutation on other threads, where the request context that holds
 * the identity may no longer be active. The token is verified when a field first asks, once for the request.
 */
@ApplicationScoped
public class RequestIdentity implements OperationCheck {

    private static final String KEY = RequestIdentity.class.getName();

    private final CurrentIdentityAssociation identities;

    RequestIdentity(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @Override
    public void check(ExecutionContext context) {
        context.getGraphQLContext().put(KEY, identities.getDeferredIdentity().memoize().indefinitely());
    }

    /** The identity of the request {@code env} belongs to. */
    static Uni<SecurityIdentity> of(DataFetchingEnvironment env) {
        return env.getGraphQlContext().get(KEY);
    }
}
