package io.accordgraph.graph;

/**
 * A request refused for who sent it, before anything was read or written. Its subclasses carry the
 * {@code extensions.code}; {@link #code()} gives it to transports other than GraphQL.
 */
public abstract class AccessDeniedException extends RuntimeException {

    protected AccessDeniedException(String message) {
        super(message, null, false, false);
    }

    public abstract String code();
}
