package io.accordgraph.read.page;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many rows a list answers when not told, and the most it answers at all. */
@ConfigMapping(prefix = "accord.page")
public interface PageConfig {

    @WithDefault("50")
    int defaultSize();

    @WithDefault("500")
    int maxSize();
}
