package io.accordgraph.graph.page;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One page of a list, Relay style. {@code totalCount} is null unless the query selects it: it costs a count. */
public record Connection<T>(@NonNull List<@NonNull Edge<T>> edges, @NonNull PageInfo pageInfo,
        @Description("How many nodes match the filter, on all pages.") Integer totalCount) {
}
