package io.accordgraph.error;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
        JsonArrayBuilder problems = Json.createArrayBuilder();
        // SmallRye writes a null as "problems": null; other errors get an empty list instead.
        if (!(exception instanceof CodedException coded)) {
            return problems.build();
        }
        coded.problems().forEach(p -> problems.add(Json.createObjectBuilder()
                .add("path", p.path()).add("code", p.code().name()).add("message", p.message())));
        return problems.build();
    }
}
