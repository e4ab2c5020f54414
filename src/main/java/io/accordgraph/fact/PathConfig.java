package io.accordgraph.fact;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How far {@code path} looks when not told, the farthest it may be asked to look, and how many paths it returns. */
@ConfigMapping(prefix = "accord.path")
public interface PathConfig {

    @WithDefault("4")
    int defaultHops();

    @WithDefault("6")
    int maxHops();

    @WithDefault("20")
    int maxPaths();
}
