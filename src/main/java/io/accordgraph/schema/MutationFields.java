package io.accordgraph.schema;

import java.util.List;

import graphql.schema.GraphQLType;

/** A bean that adds fields to the Mutation type, and the types only they use (their inputs, their answers). */
public interface MutationFields {

    List<MutationField> mutationFields();

    default List<GraphQLType> types() {
        return List.of();
    }
}
