package io.accordgraph.bundle;

/** What an import changed: how many nodes and relationships it created. */
public record LoadResult(int nodesCreated, int relationshipsCreated) {
}
