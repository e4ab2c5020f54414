package io.accordgraph.bundle;

/** What loading a bundle changed; both are zero when the graph already held every fact. */
public record LoadResult(int nodesCreated, int relationshipsCreated) {
}
