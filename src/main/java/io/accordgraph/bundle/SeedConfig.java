package io.accordgraph.bundle;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The fact bundles the server ships with and loads into an empty graph. */
@ConfigMapping(prefix = "accord.seed")
public interface SeedConfig {

    /** Load the seed bundles at start if the graph does not hold them yet. */
    @WithDefault("true")
    boolean enabled();

    /** Classpath resources of the seed bundles. */
    @WithDefault("seed/geneva-talks-2026-02-17.json")
    List<String> resources();
}
