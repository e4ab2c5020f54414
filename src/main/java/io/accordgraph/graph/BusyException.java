package io.accordgraph.graph;

import io.smallrye.graphql.api.ErrorCode;

/**
 * Every slot of a kind of work was taken for longer than the server lets a request wait: nothing was run or
 * written, and the client may try again shortly ({@code /bundles} says when, in {@code Retry-After}).
 */
@ErrorCode("BUSY")
public class BusyException extends RuntimeException {

    public BusyException(String work, java.time.Duration waited) {
        super("The server is busy with other " + work + ": none could start within " + waited.toMillis()
                + " ms (accord.admission.max-wait). Nothing was run or written; try again shortly.", null, false,
                false);
    }
}
