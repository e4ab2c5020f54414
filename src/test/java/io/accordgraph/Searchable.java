package io.accordgraph;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Search reads a full-text index that takes in writes at its next refresh (README "Search"): this waits for a write
 * to be found, the way a client that has just written would retry.
 */
public final class Searchable {

    private static final Duration GIVE_UP = Duration.ofSeconds(10);

    private Searchable() {
    }

    /** Polls {@code search(text)} until its hits hold {@code id}; how long that took. Fails after 10 s. */
    public static Duration await(String text, String id) {
        long start = System.nanoTime();
        while (true) {
            List<String> ids = GraphQL.query("query($text: String!) { search(text: $text) { entity { id } } }",
                    Map.of("text", text)).extract().path("data.search.entity.id");
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            if (ids.contains(id)) {
                return waited;
            }
            if (waited.compareTo(GIVE_UP) > 0) {
                fail("search(\"" + text + "\") did not find " + id + " within " + GIVE_UP);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(e);
            }
        }
    }
}
