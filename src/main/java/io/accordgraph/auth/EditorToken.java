package io.accordgraph.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.accordgraph.graph.SecretFile;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;

/**
 * Says at start who may write, and when the server verifies tokens with its own {@link SigningKey}, keeps a valid
 * editor token in {@code accord.auth.editor-token-file} for its owner to use: written at the first start and again
 * when it no longer verifies or is about to expire.
 */
@ApplicationScoped
public class EditorToken {

    private static final Logger LOG = Logger.getLogger(EditorToken.class);
    static final Duration LIFETIME = Duration.ofDays(365);
    private static final Duration RENEWED_WITHIN = Duration.ofDays(30);

    @Inject
    AuthConfig auth;
    @Inject
    Config config;
    @Inject
    JWTParser parser;

    void onStart(@Observes StartupEvent event) {
        if (!auth.enabled()) {
            LOG.warn("Authentication is off (accord.auth.enabled=false): anyone who can reach this server can change "
                    + "the graph. Use it only for local experiments.");
        } else if (!SigningKey.NAME.equals(config.getConfigValue(SigningKey.PUBLIC_KEY).getSourceName())) {
            LOG.infof("Writes need a bearer token with the role %s, verified with the configured key", Access.EDITOR);
        } else {
            Path file = SigningKey.file(auth.editorTokenFile());
            if (!usable(file)) {
                SecretFile.write(file, Jwt.issuer(SigningKey.ISSUER).subject(Access.EDITOR).groups(Access.EDITOR)
                        .expiresIn(LIFETIME).sign(SigningKey.read(SigningKey.file(auth.signingKeyFile()))));
            }
            LOG.infof("Writes need a bearer token with the role %s: the editor token is in %s", Access.EDITOR, file);
        }
    }

    private boolean usable(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        try {
            JsonWebToken token = parser.parse(SecretFile.read(file));
            return token.getGroups().contains(Access.EDITOR)
                    && Instant.ofEpochSecond(token.getExpirationTime()).isAfter(Instant.now().plus(RENEWED_WITHIN));
        } catch (ParseException e) {
            return false;
        }
    }
}
