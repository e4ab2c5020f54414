package io.accordgraph.graphql;

import graphql.GraphQLContext;
import io.accordgraph.graph.model.Claim;

/**
 * Who writes in a GraphQL request, as each new claim records it: the editor's token subject, which the check of who
 * may write puts in the request's context, or {@code anonymous} when writes need no token.
 */
public final class Writer {

    private static final String KEY = Writer.class.getName();

    private Writer() {
    }

    public static void set(GraphQLContext context, String name) {
        context.put(KEY, name);
    }

    public static String of(GraphQLContext context) {
        return context.getOrDefault(KEY, Claim.ANONYMOUS);
    }
}
