package io.accordgraph.read;

import java.util.List;

import graphql.schema.GraphQLType;

/** A bean that adds fields to the Query type, and the types only they use. */
public interface QueryFields {

    List<QueryField> queryFields();

    /** Object types whose fields read the rows the statements return. */
    default List<GraphQLType> types() {
        return List.of();
    }
}
