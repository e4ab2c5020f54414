package io.accordgraph.read.page;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.accordgraph.graph.Problem;
import io.accordgraph.graph.RejectedException;

/**
 * An opaque cursor: the sort key values of a node (its id last) and the order they belong to, as base64 of a JSON
 * array. Clients pass it back untouched; its content is not part of the API.
 */
public final class Cursor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private Cursor() {
    }

    public static String encode(Sort sort, List<String> keys) {
        List<String> content = new ArrayList<>();
        content.add(sort.signature());
        content.addAll(keys);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(content));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key values of the cursor, checked to belong to this order. */
    public static List<String> decode(Sort sort, String cursor) {
        List<String> content;
        try {
            content = JSON.readValue(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8),
                    STRINGS);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw RejectedException.of(Problem.invalid("after", "'" + cursor + "' is not a cursor this API gave out"));
        }
        if (content.size() != sort.size() + 1 || !sort.signature().equals(content.get(0))) {
            throw RejectedException.of(Problem.invalid("after", "the cursor '" + cursor + "' belongs to another "
                    + "orderBy; pass the same orderBy as for the page it came from"));
        }
        return content.subList(1, content.size());
    }
}
