package io.accordgraph.error;

import java.util.Map;

/**
 * The stable codes clients read from {@code extensions.code} of a GraphQL error and from {@code code} of a refused
 * {@code /bundles} request: the name is the code. Each has the HTTP status and headers of an answer outside GraphQL
 * that is this error alone; a GraphQL answer is 200 whatever its errors, so codes that only GraphQL gives have 200.
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
    TOO_MANY_ALIASES(200);

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
