package io.accordgraph.auth;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Remembers the tokens smallrye-jwt verified, until they expire, so that an editor's next request is not verified
 * again (an RSA signature and a JSON parse on the event loop, each request). As an augmentor it sees every identity
 * a token became; as an identity provider it answers before smallrye-jwt's, and for a token it does not know it
 * answers nothing, which hands the token to smallrye-jwt. A token is only ever as good as it was when verified:
 * JWTs cannot be revoked before their expiry, cached or not.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest>, SecurityIdentityAugmentor {

    private static final int REMEMBERED = 1024;

    private record Verified(SecurityIdentity identity, Instant expires) {
    }

    private final Map<String, Verified> verified = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
            return size() > REMEMBERED;
        }
    };

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    // Providers are asked in descending priority, and smallrye-jwt's has the default (1001): this one must be above
    // it, or every request's token is verified again (the RSA check was 5 % of the server's CPU under writes). The
    // order of augmentors does not matter to this one.
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        synchronized (verified) {
            Verified known = verified.get(token);
            if (known != null && known.expires().isAfter(Instant.now())) {
                return Uni.createFrom().item(known.identity());
            }
            verified.remove(token);
        }
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getRawToken() != null
                && jwt.getExpirationTime() > 0) {
            synchronized (verified) {
                verified.putIfAbsent(jwt.getRawToken(),
                        new Verified(identity, Instant.ofEpochSecond(jwt.getExpirationTime())));
            }
        }
        return Uni.createFrom().item(identity);
    }
}
