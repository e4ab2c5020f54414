package io.accordgraph.fact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.accordgraph.error.CodedException;
import io.accordgraph.error.Problem;

/**
 * How far {@code path} looks and how many chains it answers, from configuration. A bean of its own so that the
 * schema, which is built before runtime configuration is read, can declare the field without reading it.
 */
@ApplicationScoped
public class PathLimits {

    @Inject
    PathConfig config;

    /** {@code maxHops}, or the default when it is null, checked against the maximum. */
    int hops(Integer maxHops) {
        int hops = maxHops == null ? config.defaultHops() : maxHops;
        if (hops < 1 || hops > config.maxHops()) {
            throw CodedException.of(Problem.invalid("maxHops", "must be between 1 and " + config.maxHops()
                    + " (it was " + hops + ")"));
        }
        return hops;
    }

    int maxPaths() {
        return config.maxPaths();
    }
}
