package io.accordgraph;

import java.util.Map;

/** The application on a database of its own with no seed: what a user who imports their own data starts from. */
public class EmptyGraphProfile extends FreshGraphProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("accord.seed.enabled", "false");
    }
}
