package io.accordgraph.write;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.accordgraph.graph.EntityType;

@Description("What a delete removed: the node and every relationship it had.")
public record DeletedEntity(@Id @NonNull String id, @NonNull EntityType type, int relationshipsRemoved) {
}
