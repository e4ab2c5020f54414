package io.accordgraph.read.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.accordgraph.error.CodedException;
import io.accordgraph.error.Problem;

/** Checks a requested page size against the configured maximum: too large is an error, never a silent cut. */
@ApplicationScoped
public class PageSize {

    @Inject
    PageConfig config;

    /** {@code first}, or the default size when it is null. */
    public int of(Integer first) {
        if (first == null) {
            return config.defaultSize();
        }
        return limited(first);
    }

    private int limited(int first) {
        if (first < 0) {
            throw CodedException.of(Problem.invalid("first", "must not be negative (it was " + first + ")"));
        }
        if (first > config.maxSize()) {
            throw CodedException.of(Problem.invalid("first", "may be at most " + config.maxSize() + " (it was "
                    + first + "); page through larger lists with the *Connection queries and their cursors"));
        }
        return first;
    }
}
