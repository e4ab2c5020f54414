package io.accordgraph.bundle;

import org.eclipse.microprofile.graphql.Description;

@Description("What an import changed: both counts are zero when the graph already held every fact of the bundle.")
public record LoadResult(int nodesCreated, int relationshipsCreated) {
}
