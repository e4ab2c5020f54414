package io.accordgraph.graph.page;

import org.eclipse.microprofile.graphql.NonNull;

public record Edge<T>(@NonNull String cursor, @NonNull T node) {
}
