package io.accordgraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * A file that only its owner may read or write (POSIX 600), for what the server generates and keeps between starts:
 * a password, a signing key, a token. Its directory is created as needed.
 */
public final class SecretFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretFile() {
    }

    /** The file's content, trimmed; when it does not exist yet, {@code initial}'s value written to it first. */
    public static String readOrCreate(Path file, Supplier<String> initial) {
        if (Files.exists(file)) {
            return read(file);
        }
        String content = initial.get();
        write(file, content);
        return content;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * Replaces the file's content. The new content goes to a temporary file that is owner-only from its creation and
     * then takes the file's place, so no reader ever sees it readable by others or half written.
     */
    public static void write(Path file, String content) {
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path temporary = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(directory, ".secret", ".tmp",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(directory, ".secret", ".tmp");
            Files.writeString(temporary, content + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** A random secret of 256 bits as URL-safe text, for a generated password. */
    public static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
