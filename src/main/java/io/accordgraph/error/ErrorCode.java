package io.accordgraph.error;

import java.util.Map;

/**
 * The stable codes clients read from {@code extensions.code} of a GraphQL error and from {@code code} of a refused
 * {@code /bundles} request: the name is the code. Each has the HTTP status of an answer outside GraphQL that is this
 * error alone, as {@code /bundles} and the guard of {@code /graphql} give it, and the headers {@code /bundles} adds; a
 * GraphQL answer is 200 whatever its errors, so codes that only GraphQL gives have 200.
 */
public enum ErrorCode {
    /** The input breaks a rule of the model: a blank name, a bad date, a link to the wrong kind of node. */
    VALIDATION(400),
    /** An id the request relies on is not in the graph. */
    NOT_FOUND(404),
    /** The request contradicts what the graph holds, e.g. deleting a source that facts still cite. */
    CONFLICT(409),
    /** The request needs a bearer token and came with none, or with one that is malformed, forged or expired. */
    UNAUTHENTICATED(401, Map.of("WWW-Authenticate", "Bearer")),
    /** The request's token is valid but lacks the role the operation needs. */
    FORBIDDEN(403),
    /**
     * Every slot of a kind of work was taken for longer than the server lets a request wait: nothing was run or
     * written. The client may try again soon, since the writes it waited for take seconds at most.
     */
    BUSY(503, Map.of("Retry-After", "2")),
    /** Neo4j could not be reached, even after the driver's retries; clients may try again later. */
    DATABASE_UNAVAILABLE(503),
    /** The database stopped a request that ran longer than the server allows one to. */
    TIMEOUT(408),
    /** The database failed an import for a reason of its own, such as too little memory for one transaction. */
    DATABASE_ERROR(500),
    /**
     * The operation nests fields or arguments deeper than the server allows, or its document deeper than the parser
     * follows.
     */
    QUERY_TOO_DEEP(200),
    /** The operation has more fields than the server allows, or its document more tokens than the parser reads. */
    QUERY_TOO_LARGE(200),
    /** The operation could return more objects than the server allows. */
    QUERY_TOO_COMPLEX(200),
    /** The operation asks for more fields under aliases than the server allows. */
    TOO_MANY_ALIASES(200),
    /** The document is not GraphQL; the error has the location where parsing stopped. */
    GRAPHQL_PARSE_FAILED(200),
    /** A syntax error that graphql-java raised itself. */
    INVALID_SYNTAX(200),
    /** A stored value does not fit the model: the field answers a fallback, the rest of the answer stands. */
    INVALID_DATA(200),
    /** An unexpected failure, as {@code /q/metrics} counts it; SmallRye codes its GraphQL error after the exception. */
    INTERNAL(200),
    /** A body that is not declared {@code application/json}. */
    UNSUPPORTED_MEDIA_TYPE(415),
    /** A request to {@code /graphql} that is not one JSON object of a query, variables, operation name, extensions. */
    BAD_REQUEST(400),
    /** A body to {@code /graphql} over {@code accord.limits.graphql-body-size}. */
    REQUEST_TOO_LARGE(413),
    /** A mutation sent as GET, which runs queries only. */
    METHOD_NOT_ALLOWED(405),
    /** A subscription sent over plain HTTP. */
    WEBSOCKET_REQUIRED(400),
    /** A persisted query this server does not know: Apollo's signal to send the document, which its clients read. */
    PERSISTED_QUERY_NOT_FOUND(200),
    /** A persisted query whose hash is not that of the document sent with it. */
    PERSISTED_QUERY_HASH_MISMATCH(400),
    /** A document that is not one of the trusted ones, sent without the editor's token. */
    DOCUMENT_NOT_TRUSTED(200);

    private final int status;
    private final Map<String, String> headers;

    ErrorCode(int status) {
        this(status, Map.of());
    }

    ErrorCode(int status, Map<String, String> headers) {
        this.status = status;
        this.headers = headers;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
