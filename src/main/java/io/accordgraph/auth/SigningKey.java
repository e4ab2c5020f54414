package io.accordgraph.auth;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.accordgraph.graph.GeneratedSecretSource;
import io.accordgraph.graph.SecretFile;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.jwt.util.KeyUtils;

/**
 * The server's own signing key, for when no verification key is configured: an RSA key made at the first start and
 * kept owner-only in {@code accord.auth.signing-key-file}. Its public half becomes {@code mp.jwt.verify.publickey},
 * so that smallrye-jwt accepts exactly the tokens this server signed ({@link EditorToken}).
 */
public class SigningKey extends GeneratedSecretSource {

    /** The issuer of the tokens this server signs, and the only one it accepts while it uses its own key. */
    static final String ISSUER = "accord-graph";
    static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    static final String NAME = "generated signing key";
    /**
     * smallrye-jwt's settings that name a verification key: when one is set, the user brings their own tokens.
     * smallrye-jwt's own default for each is {@value #UNSET}.
     */
    private static final List<String> USER_KEYS = List.of(PUBLIC_KEY, "mp.jwt.verify.publickey.location",
            "smallrye.jwt.verify.key.location", "smallrye.jwt.verify.secretkey");
    private static final String UNSET = "NONE";

    @Override
    protected Map<String, String> values(ConfigSourceContext context) {
        if ("false".equalsIgnoreCase(value(context, "accord.auth.enabled", "true"))
                || USER_KEYS.stream().anyMatch(key -> !UNSET.equals(value(context, key, UNSET)))) {
            return Map.of();
        }
        PrivateKey key = read(file(value(context, "accord.auth.signing-key-file", AuthConfig.SIGNING_KEY_FILE)));
        return Map.of(PUBLIC_KEY, Base64.getEncoder().encodeToString(publicKey(key)), "mp.jwt.verify.issuer", ISSUER);
    }

    @Override
    protected String name() {
        return NAME;
    }

    static Path file(String configured) {
        return Path.of(configured).toAbsolutePath().normalize();
    }

    /** The key in the file, made first if the file does not exist. */
    static PrivateKey read(Path file) {
        try {
            return KeyUtils.decodePrivateKey(SecretFile.readOrCreate(file, SigningKey::newKey));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing key in " + file + " cannot be read (" + e.getMessage()
                    + "); delete the file to have a new one made, which voids the tokens signed so far", e);
        }
    }

    private static String newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pkcs8 = Base64.getMimeEncoder(64, "\n".getBytes())
                    .encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
            return "-----BEGIN PRIVATE KEY-----\n" + pkcs8 + "\n-----END PRIVATE KEY-----";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no RSA key generator", e);
        }
    }

    /** The X.509 encoding of the public half, which an RSA private key in PKCS#8 form carries. */
    private static byte[] publicKey(PrivateKey key) {
        RSAPrivateCrtKey rsa = (RSAPrivateCrtKey) key;
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent())).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no RSA key factory", e);
        }
    }
}
