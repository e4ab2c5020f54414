package io.accordgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Requests as the owner of the application under test sends them: with the editor token it wrote at start. */
public final class Editor {

    private Editor() {
    }

    /** A request carrying the editor token, for rest-assured. */
    public static RequestSpecification given() {
        return RestAssured.given().auth().oauth2(token());
    }

    public static String token() {
        return read(tokenFile());
    }

    public static Path tokenFile() {
        return Path.of(ConfigProvider.getConfig().getValue("accord.auth.editor-token-file", String.class));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
