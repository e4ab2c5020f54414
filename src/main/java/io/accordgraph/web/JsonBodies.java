package io.accordgraph.web;

/**
 * The one kind of body the endpoints that write take: {@code application/json}. Browsers post forms, multipart and
 * text/plain across sites without a CORS preflight; a JSON body always needs one, which the CORS origins then decide.
 * So those stay refused, while every way real clients spell JSON is taken: Apollo Client, urql, graphql-ws's HTTP
 * sibling graphql-http and curl send {@code application/json} (graphql-http adds {@code ; charset=utf-8}); the
 * GraphiQL console of SmallRye sends {@code application/json, application/json}, its default header joined with the
 * one it adds; header names and values arrive in any case.
 */
public final class JsonBodies {

    private static final String JSON = "application/json";

    private JsonBodies() {
    }

    /**
     * Whether the {@code Content-Type} header declares JSON: each of its comma-separated media types is
     * {@code application/json}, in UTF-8 where it names a charset.
     */
    public static boolean declared(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        for (String mediaType : contentType.split(",")) {
            if (!json(mediaType)) {
                return false;
            }
        }
        return true;
    }

    private static boolean json(String mediaType) {
        String[] parts = mediaType.split(";");
        if (!parts[0].trim().equalsIgnoreCase(JSON)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].trim().split("=", 2);
            if (parameter[0].equalsIgnoreCase("charset") && (parameter.length < 2
                    || !parameter[1].trim().replace("\"", "").equalsIgnoreCase("utf-8"))) {
                return false;
            }
        }
        return true;
    }

    /** What the 415 answer says. */
    public static String refusal(String path, String contentType) {
        return "POST " + path + " takes " + JSON + " bodies in UTF-8 only (header Content-Type: " + JSON + "), not "
                + (contentType == null ? "a body without a Content-Type" : contentType) + ". Nothing was read or written.";
    }
}
