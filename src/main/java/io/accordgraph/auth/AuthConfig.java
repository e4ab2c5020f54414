package io.accordgraph.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who may read and write: bearer tokens, the key that signs the generated editor token, where it is kept. */
@ConfigMapping(prefix = "accord.auth")
public interface AuthConfig {

    String SIGNING_KEY_FILE = "data/signing-key.pem";

    /** Check tokens at all; off only for local experiments, with a warning at start. */
    @WithDefault("true")
    boolean enabled();

    /** Reads (queries and the export) need a valid token too, of any role. */
    @WithDefault("false")
    boolean readsNeedToken();

    /** Where the editor token is written when the server signs its own; relative to the working directory. */
    @WithDefault("data/editor.token")
    String editorTokenFile();

    /** The private key the server makes and signs its editor token with when no verification key is configured. */
    @WithDefault(SIGNING_KEY_FILE)
    String signingKeyFile();
}
