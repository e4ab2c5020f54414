package io.accordgraph.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.vertx.core.json.JsonObject;

/**
 * A client of {@code /graphql} over WebSocket speaking {@code graphql-transport-ws}, as Apollo and urql do: it
 * initialises the connection, subscribes, and queues each message the server sends.
 */
final class GraphQLSubscriber implements WebSocket.Listener, AutoCloseable {

    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;
    private int subscriptions;

    GraphQLSubscriber(URI http) throws Exception {
        this(http, Map.of());
    }

    /** Initialises the connection with {@code payload}, e.g. the bearer token a browser cannot send as a header. */
    GraphQLSubscriber(URI http, Map<String, Object> payload) throws Exception {
        URI ws = URI.create(http.toString().replaceFirst("^http", "ws"));
        socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(ws, this).get(10, TimeUnit.SECONDS);
        send(Map.of("type", "connection_init", "payload", payload));
        assertEquals("connection_ack", next(Duration.ofSeconds(10)).getString("type"));
    }

    /** Subscribes with the document and returns the operation's id, whose events {@link #next} then gives. */
    String subscribe(String document) {
        String id = String.valueOf(++subscriptions);
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", document)));
        return id;
    }

    /** The next message, failing the test if none comes in time. */
    JsonObject next(Duration wait) throws InterruptedException {
        JsonObject message = received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(message, "no message from the server within " + wait);
        return message;
    }

    /** The data of the next message, which must be an event of operation {@code id} without errors. */
    JsonObject nextData(String id, Duration wait) throws InterruptedException {
        JsonObject message = next(wait);
        assertEquals("next", message.getString("type"), () -> "not an event: " + message);
        assertEquals(id, message.getString("id"));
        assertNull(message.getJsonObject("payload").getValue("errors"), () -> "errors: " + message);
        return message.getJsonObject("payload").getJsonObject("data");
    }

    /**
     * Repeats {@code write} until the subscription answers, and drains the events of the repeats: nothing tells a
     * client when the server has registered its subscription. The write must be idempotent.
     */
    void awaitSubscribed(Runnable write) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            write.run();
            if (poll(Duration.ofMillis(200)) != null) {
                while (poll(Duration.ofMillis(300)) != null) {
                    // the event of a repeated write
                }
                return;
            }
        }
        throw new AssertionError("the subscription never answered");
    }

    /** The next message if one comes in time, else null. */
    JsonObject poll(Duration wait) throws InterruptedException {
        return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void send(Map<String, Object> message) {
        socket.sendText(new JsonObject(message).encode(), true).join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            JsonObject message = new JsonObject(partial.toString());
            partial.setLength(0);
            // The protocol's keep-alive is answered, not handed to the test.
            if ("ping".equals(message.getString("type"))) {
                send(Map.of("type", "pong"));
            } else {
                received.add(message);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }
}
