package io.accordgraph.web;

/**
 * The one kind of body the endpoints that write take: {@code application/json}. Browsers post forms and text/plain
 * across sites without a CORS preflight; a JSON body always needs one, which the CORS origins then decide.
 */
public final class JsonBodies {

    /** The code of the refusal, in a GraphQL error's {@code extensions.code} and in the body of {@code /bundles}. */
    public static final String CODE = "UNSUPPORTED_MEDIA_TYPE";
    private static final String JSON = "application/json";

    private JsonBodies() {
    }

    /** Whether the {@code Content-Type} header declares JSON, with or without a charset. */
    public static boolean declared(String contentType) {
        return contentType != null && contentType.split(";", 2)[0].trim().equalsIgnoreCase(JSON);
    }

    /** What the 415 answer says. */
    public static String refusal(String path, String contentType) {
        return "POST " + path + " takes " + JSON + " bodies only (header Content-Type: " + JSON + "), not "
                + (contentType == null ? "a body without a Content-Type" : contentType) + ". Nothing was read or written.";
    }
}
