package io.accordgraph.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/**
 * Documents known by their SHA-256 hash. Apollo's automatic persisted queries: a client sends the hash alone, and the
 * document only when the server answers {@code PersistedQueryNotFound}; the server keeps what it was sent in a
 * cache bounded by its total size ({@code accord.graphql.persisted-queries-size}). And trusted documents: with
 * {@code accord.graphql.trusted-documents} naming a JSON file of hashes and documents (what graphql-codegen's
 * persisted documents output writes), only those documents run, unless the request carries the editor's token.
 * <p>
 * graphql-java's {@code ApolloPersistedQuerySupport} cannot serve here: SmallRye parses the {@code query} of a
 * request itself before graphql-java sees it, requires it to be present, and does not pass {@code extensions} on, so
 * the HTTP guard resolves the hash into the document before SmallRye reads the request.
 */
@ApplicationScoped
public class PersistedDocuments {

    private static final Logger LOG = Logger.getLogger(PersistedDocuments.class);

    private final Map<String, String> trusted;
    private final long maxSize;
    private long size;
    private final LinkedHashMap<String, String> sent = new LinkedHashMap<>(64, 0.75f, true);

    PersistedDocuments(@ConfigProperty(name = "accord.graphql.trusted-documents") Optional<Path> trustedFile,
            @ConfigProperty(name = "accord.graphql.persisted-queries-size", defaultValue = "16M")
            io.quarkus.runtime.configuration.MemorySize maxSize) {
        this.trusted = trustedFile.map(PersistedDocuments::read).orElse(null);
        this.maxSize = maxSize.asLongValue();
        trustedFile.ifPresent(file -> LOG.infof("Only the %d trusted documents of %s run, unless the request carries "
                + "the editor's token", trusted.size(), file.toAbsolutePath()));
    }

    /** The SHA-256 of a document in lower-case hex, as Apollo's clients and graphql-codegen compute it. */
    public static String hash(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }

    /** True when only trusted documents may run. */
    public boolean restricted() {
        return trusted != null;
    }

    /** Whether the document of this hash may run without the editor's token. */
    public boolean trusted(String hash) {
        return trusted == null || trusted.containsKey(hash);
    }

    /** The document of this hash: a trusted one, or one a client sent before; null when unknown. */
    public String find(String hash) {
        if (trusted != null && trusted.containsKey(hash)) {
            return trusted.get(hash);
        }
        synchronized (sent) {
            return sent.get(hash);
        }
    }

    /** Keeps a document a client sent with its hash, forgetting the least recently asked past the size bound. */
    public void remember(String hash, String document) {
        if (document.length() > maxSize || (trusted != null && trusted.containsKey(hash))) {
            return;
        }
        synchronized (sent) {
            if (sent.put(hash, document) == null) {
                size += document.length();
            }
            var eldest = sent.entrySet().iterator();
            while (size > maxSize && eldest.hasNext()) {
                size -= eldest.next().getValue().length();
                eldest.remove();
            }
        }
    }

    private static Map<String, String> read(Path file) {
        try {
            Map<String, String> documents = new LinkedHashMap<>();
            new JsonObject(Files.readString(file)).forEach(entry -> {
                if (!(entry.getValue() instanceof String document) || !hash(document).equals(entry.getKey())) {
                    throw new IllegalStateException("The trusted documents in " + file + " must map each document's "
                            + "SHA-256 (hex) to the document; " + entry.getKey() + " does not");
                }
                documents.put(entry.getKey(), document);
            });
            return Map.copyOf(documents);
        } catch (IOException | DecodeException e) {
            throw new IllegalStateException("The trusted documents file " + file + " (accord.graphql.trusted-documents) "
                    + "cannot be read as a JSON object of hashes and documents: " + e.getMessage(), e);
        }
    }
}
