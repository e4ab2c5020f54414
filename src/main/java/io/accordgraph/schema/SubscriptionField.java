package io.accordgraph.schema;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;

/** A field of the Subscription type and the fetcher that answers it with a stream of events. */
public record SubscriptionField(GraphQLFieldDefinition definition, DataFetcher<?> fetcher) {
}
