package io.accordgraph.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.accordgraph.EmbeddedNeo4jTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.LogConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Replays the hostile corpus of {@code src/bench/ops/hostile.jsonl} (which {@code src/bench/hostile.sh} runs
 * against a packaged server): every request gets a clear refusal, none a 5xx, and the graph is the same after.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedNeo4jTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class HostileCorpusTest {

    private static final Path CORPUS = Path.of("src/bench/ops/hostile.jsonl");
    /** The script holds the server to one second; a test run shares two cores with the build, so it allows two. */
    private static final long LIMIT_MILLIS = 2_000;
    /** How long a request is waited for before it counts as unanswered. */
    private static final int ANSWER_MILLIS = 10_000;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyHostileRequestIsRefusedClearlyAndTheGraphStaysTheSame() throws IOException {
        byte[] before = export();
        List<String> failures = new ArrayList<>();
        List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
        for (String line : lines) {
            JsonNode entry = json.readTree(line);
            String problem;
            try {
                problem = problem(entry, send(entry));
            } catch (RuntimeException e) {
                problem = "no answer: " + e;
            }
            if (problem != null) {
                failures.add(entry.get("name").asText() + ": " + problem);
            }
        }
        assertTrue(lines.size() >= 200, "the corpus holds " + lines.size() + " requests");
        assertEquals(List.of(), failures);
        given().when().get("/q/health/ready").then().statusCode(200);
        assertArrayEquals(before, export(), "the export changed");
    }

    private static Response send(JsonNode entry) {
        EncoderConfig encoder = EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false);
        String contentType = entry.get("contentType").isNull() ? null : entry.get("contentType").asText();
        if (contentType != null) {
            // Sent as it is written: rest-assured would otherwise encode forms and multipart bodies its own way.
            encoder = encoder.encodeContentTypeAs(contentType.split(";")[0], ContentType.TEXT);
        }
        // Quarkus records each request to print it if an assertion fails; pretty-printing a 10 MB body of nested
        // brackets takes gigabytes, so the corpus is recorded as it is sent.
        RequestSpecification request = given().config(RestAssured.config().encoderConfig(encoder)
                .logConfig(LogConfig.logConfig().enablePrettyPrinting(false))
                .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", ANSWER_MILLIS)));
        if (contentType != null) {
            request.contentType(contentType);
        }
        for (Map.Entry<String, JsonNode> header : entry.get("headers").properties()) {
            request.header(header.getKey(), header.getValue().asText());
        }
        return request.body(body(entry)).when().post(entry.get("path").asText());
    }

    private static String body(JsonNode entry) {
        JsonNode repeat = entry.get("repeat");
        if (repeat == null) {
            return entry.get("body").asText();
        }
        return repeat.get("head").asText() + repeat.get("unit").asText().repeat(repeat.get("count").asInt())
                + repeat.get("tail").asText();
    }

    /** What is wrong with the answer, or null: the same rules as src/bench/ops/hostile.py. */
    private String problem(JsonNode entry, Response response) {
        if (response.statusCode() >= 500) {
            return "HTTP " + response.statusCode();
        }
        if (response.time() > LIMIT_MILLIS) {
            return "took " + response.time() + " ms";
        }
        JsonNode body;
        try {
            body = json.readTree(response.asByteArray());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || body.isMissingNode()) {
            return "HTTP " + response.statusCode() + " without a JSON body";
        }
        JsonNode errors = body.path("errors");
        for (JsonNode error : errors) {
            if (error.path("extensions").path("code").asText("").isEmpty()) {
                return "an error without extensions.code: " + error;
            }
        }
        if ("error".equals(entry.get("expect").asText()) && response.statusCode() == 200 && errors.isEmpty()) {
            return "answered, but should have been refused";
        }
        return null;
    }

    private static byte[] export() {
        return given().when().get("/bundles/export").then().statusCode(200).extract().asByteArray();
    }
}
