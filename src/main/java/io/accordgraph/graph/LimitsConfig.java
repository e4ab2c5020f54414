package io.accordgraph.graph;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much work one request may ask for; each limit refuses the request whole, with its own code. */
@ConfigMapping(prefix = "accord.limits")
public interface LimitsConfig {

    /** Levels of fields below the root, e.g. {@code delegations { members { name } } } is 3. */
    @WithDefault("15")
    int maxDepth();

    /** Fields of the whole operation, fragments expanded. */
    @WithDefault("1000")
    int maxFields();

    /** Fields asked for under an alias. */
    @WithDefault("30")
    int maxAliases();

    /**
     * Objects the answer may hold at most: each list counts as its {@code first} (or the default page when not
     * given) times the rows of the list it is in, so a question's cost is what the database could have to return.
     */
    @WithDefault("2000000")
    long maxCost();

    /** The largest body a POST to /graphql may have: a query with its variables, far below an import's. */
    @WithDefault("1M")
    MemorySize graphqlBodySize();

    /** How long the database lets a query's reads run. */
    @WithDefault("10s")
    Duration readTimeout();

    /** How long the database lets a mutation or an import run. */
    @WithDefault("120s")
    Duration writeTimeout();
}
