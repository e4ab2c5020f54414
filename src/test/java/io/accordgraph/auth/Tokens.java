package io.accordgraph.auth;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;

import io.accordgraph.graph.SecretFile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/** Bearer tokens good and bad for the application under test, which verifies tokens with its generated key. */
final class Tokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    /** Signed with the server's own key, valid for an hour, carrying these roles. */
    static String withRoles(String... roles) {
        return Jwt.issuer(SigningKey.ISSUER).subject("tester").groups(Set.of(roles)).expiresIn(3600)
                .sign(serverKey());
    }

    /** Signed with the server's own key and carrying the editor role, but expired an hour ago. */
    static String expired() {
        return Jwt.issuer(SigningKey.ISSUER).subject("tester").groups(Access.EDITOR)
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .sign(serverKey());
    }

    /** An editor token in every claim, signed with a key the server has never seen. */
    static String forged() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(SigningKey.ISSUER).subject("tester").groups(Access.EDITOR).expiresIn(3600)
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token the server signed without the editor role, whose payload was then edited to claim it. */
    static String tampered() {
        String[] parts = withRoles("reader").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"reader\"", "\"" + Access.EDITOR + "\"");
        return parts[0] + "." + BASE64URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** An editor token with {@code alg: none} and no signature. */
    static String unsigned() {
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":\"" + SigningKey.ISSUER + "\",\"sub\":\"tester\",\"groups\":[\"" + Access.EDITOR
                + "\"],\"exp\":" + Instant.now().plusSeconds(3600).getEpochSecond() + "}";
        return BASE64URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + BASE64URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static PrivateKey serverKey() {
        Path file = Path.of(ConfigProvider.getConfig().getValue("accord.auth.signing-key-file", String.class));
        try {
            return KeyUtils.decodePrivateKey(SecretFile.read(file));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
