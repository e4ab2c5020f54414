package io.accordgraph.error;

import jakarta.json.JsonValue;

import io.smallrye.graphql.api.ErrorExtensionProvider;

/**
 * Adds {@code extensions.problems} to a rejected request's error: each problem with its path, code and message,
 * so that a form can show each one next to its field. Registered through {@code META-INF/services}.
 */
public class ProblemsExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "problems";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        // SmallRye writes a null as "problems": null; other errors get an empty list instead.
        return exception instanceof CodedException coded ? coded.problemsJson() : JsonValue.EMPTY_JSON_ARRAY;
    }
}
