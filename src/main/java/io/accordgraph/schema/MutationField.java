package io.accordgraph.schema;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;

/** A field of the Mutation type and the fetcher that carries it out. */
public record MutationField(GraphQLFieldDefinition definition, DataFetcher<?> fetcher) {
}
