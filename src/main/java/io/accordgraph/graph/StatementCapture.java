package io.accordgraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * TEMPORARY (issue 18, item 3): appends every statement built, with its parameters, to the file that
 * {@code ACCORD_CAPTURE_STATEMENTS} names, so that splitting the Projector can be shown to leave the text unchanged.
 */
final class StatementCapture {

    private static final String FILE = System.getenv("ACCORD_CAPTURE_STATEMENTS");

    private StatementCapture() {
    }

    static synchronized void capture(String cypher, Map<String, Object> parameters) {
        if (FILE == null) {
            return;
        }
        String line = cypher.replace("\n", "\\n") + "\t" + new TreeMap<>(parameters).keySet() + "\t"
                + String.valueOf(new TreeMap<>(parameters)).replace("\n", "\\n") + "\n";
        try {
            Files.writeString(Path.of(FILE), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
