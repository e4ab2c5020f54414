package io.accordgraph.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.ClientProxy;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An editor's token is verified once: the provider that remembers verified tokens is the first one Quarkus asks
 * about a bearer token (providers are asked in descending priority), ahead of smallrye-jwt's, which verifies the
 * signature every time it is asked.
 */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    Instance<IdentityProvider<?>> providers;

    @Test
    void rememberedTokensAreAskedBeforeSmallryeJwtVerifiesThemAgain() {
        IdentityProvider<?> first = providers.stream()
                .filter(provider -> provider.getRequestType() == TokenAuthenticationRequest.class)
                .max(Comparator.comparingInt(IdentityProvider::priority)).orElseThrow();
        assertEquals(VerifiedTokens.class, ClientProxy.unwrap(first).getClass());
    }
}
