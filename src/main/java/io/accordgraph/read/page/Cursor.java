package io.accordgraph.read.page;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.accordgraph.error.CodedException;
import io.accordgraph.error.Problem;

/**
 * An opaque cursor: the order it belongs to and the sort key values of a node (its id last), each written as its
 * length, a colon and itself, in base64. Clients pass it back untouched; its content is not part of the API. Made
 * for every edge of a page, so it is plain string work.
 */
public final class Cursor {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Cursor() {
    }

    public static String encode(Sort sort, List<String> keys) {
        StringBuilder content = new StringBuilder();
        append(content, sort.signature());
        keys.forEach(key -> append(content, key));
        return ENCODER.encodeToString(content.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void append(StringBuilder content, String value) {
        content.append(value.length()).append(':').append(value);
    }

    /** The key values of the cursor, checked to belong to this order. */
    public static List<String> decode(Sort sort, String cursor) {
        List<String> content = new ArrayList<>();
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            for (int at = 0; at < text.length();) {
                int colon = text.indexOf(':', at);
                int end = colon + 1 + Integer.parseInt(text.substring(at, colon));
                content.add(text.substring(colon + 1, end));
                at = end;
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw CodedException.of(Problem.invalid("after", "'" + cursor + "' is not a cursor this API gave out"));
        }
        if (content.size() != sort.size() + 1 || !sort.signature().equals(content.get(0))) {
            throw CodedException.of(Problem.invalid("after", "the cursor '" + cursor + "' belongs to another "
                    + "orderBy; pass the same orderBy as for the page it came from"));
        }
        return content.subList(1, content.size());
    }
}
