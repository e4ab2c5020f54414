package io.accordgraph.search;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.accordgraph.error.CodedException;
import io.accordgraph.error.Problem;

/**
 * Turns what a user typed into a Lucene query that means just those words: every character Lucene gives a meaning
 * to is escaped, so text such as {@code "AND (x"} or {@code "a:b*"} is searched for, never interpreted.
 */
final class LuceneQuery {

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private LuceneQuery() {
    }

    /** Any of the words, as plain terms; documents with more of them, or in a shorter field, score higher. */
    static String anyWordOf(String text) {
        String query = Arrays.stream(text.trim().split("\\s+"))
                .filter(w -> !w.isEmpty())
                .map(LuceneQuery::escape)
                .collect(Collectors.joining(" "));
        if (query.isEmpty()) {
            throw CodedException.of(Problem.invalid("text", "must contain at least one word"));
        }
        return query;
    }

    private static String escape(String word) {
        StringBuilder escaped = new StringBuilder();
        for (char c : word.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        // Lucene reads these words as operators even when they stand alone.
        String plain = escaped.toString();
        return plain.equals("AND") || plain.equals("OR") || plain.equals("NOT") ? plain.toLowerCase() : plain;
    }
}
