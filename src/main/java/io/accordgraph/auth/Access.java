package io.accordgraph.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.accordgraph.error.CodedException;
import io.accordgraph.error.ErrorCode;
import io.accordgraph.graph.model.Claim;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Who may do what: every write needs a bearer token with the role {@value #EDITOR}; reads are open unless
 * {@code accord.auth.reads-need-token} is on, then any valid token reads. A token that is sent is checked even where
 * none is needed, so that a client with a broken token hears of it ({@code UNAUTHENTICATED}) instead of being
 * quietly served as anonymous. smallrye-jwt verifies the token when it is first asked for, so a request without
 * one pays nothing.
 */
@ApplicationScoped
public class Access {

    public static final String EDITOR = "editor";

    private static final String REFUSED = "The bearer token was refused: it is malformed, expired, or not signed by a "
            + "key this server trusts. Nothing was read or written.";

    /** What a request does. */
    public enum Need {
        READ, WRITE
    }

    @Inject
    AuthConfig config;
    @Inject
    CurrentIdentityAssociation identities;

    /** False when {@code accord.auth.enabled=false}: then nothing is checked. */
    public boolean enabled() {
        return config.enabled();
    }

    /** True when reads need no token ({@code accord.auth.reads-need-token} off). */
    public boolean anonymousMayRead() {
        return !config.readsNeedToken();
    }

    /** The identity when it may do this, or the refusal; for GraphQL fields, which must not block. */
    public Uni<SecurityIdentity> check(Uni<SecurityIdentity> identity, Need need) {
        return identity.onFailure().transform(invalid -> new CodedException(ErrorCode.UNAUTHENTICATED, REFUSED))
                .invoke(checked -> allow(checked, need));
    }

    /**
     * Returns who makes the current request when it may do this, throws the refusal otherwise; for endpoints on a
     * worker.
     */
    public String require(Need need) {
        return enabled() ? name(check(identities.getDeferredIdentity(), need).await().indefinitely())
                : Claim.ANONYMOUS;
    }

    /** The name claims record for this identity: the token's subject, or anonymous. */
    public static String name(SecurityIdentity identity) {
        return identity.isAnonymous() ? Claim.ANONYMOUS : identity.getPrincipal().getName();
    }

    private void allow(SecurityIdentity identity, Need need) {
        if (identity.isAnonymous() && (need == Need.WRITE || config.readsNeedToken())) {
            throw new CodedException(ErrorCode.UNAUTHENTICATED, need == Need.WRITE
                    ? "Writing needs a bearer token with the role " + EDITOR + " (header Authorization: Bearer "
                            + "<token>); none was given. Nothing was written."
                    : "Reading needs a bearer token on this server (accord.auth.reads-need-token); none was given.");
        }
        if (need == Need.WRITE && !identity.hasRole(EDITOR)) {
            throw new CodedException(ErrorCode.FORBIDDEN, "Writing needs the role " + EDITOR + ", which this bearer "
                    + "token does not carry. Nothing was written.");
        }
    }
}
