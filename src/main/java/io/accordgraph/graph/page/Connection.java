package io.accordgraph.graph.page;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One page of a list, Relay style. Each kind has its subclass, so that its GraphQL type is named
 * {@code PersonConnection} and so on: Relay recognises a connection by that suffix, and a generic type would be
 * named {@code Connection_Person}. {@code totalCount} is null unless the query selects it: it costs a count.
 */
public abstract class Connection<T> {

    private final List<Edge<T>> edges;
    private final PageInfo pageInfo;
    private final Integer totalCount;

    protected Connection(List<Edge<T>> edges, PageInfo pageInfo, Integer totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }

    public @NonNull List<@NonNull Edge<T>> getEdges() {
        return edges;
    }

    public @NonNull PageInfo getPageInfo() {
        return pageInfo;
    }

    @Description("How many nodes match the filter, on all pages.")
    public Integer getTotalCount() {
        return totalCount;
    }

    /** Makes the connection of one kind, e.g. {@code PersonConnection::new}. */
    @FunctionalInterface
    public interface Factory<T, C extends Connection<T>> {
        C create(List<Edge<T>> edges, PageInfo pageInfo, Integer totalCount);
    }
}
