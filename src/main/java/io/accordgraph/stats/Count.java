package io.accordgraph.stats;

import org.eclipse.microprofile.graphql.NonNull;

public record Count(@NonNull String name, @NonNull int count) {
}
