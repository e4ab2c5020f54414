package io.accordgraph.schema;

import java.util.ArrayList;
import java.util.List;

import graphql.Scalars;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;

/**
 * Every type the schema generates from the model: kinds, fact views, filters, aggregates and the scalars their fields
 * name.
 */
public final class GeneratedTypes {

    private GeneratedTypes() {
    }

    /** The generated types, and the built-in scalars they name that SmallRye's part of the schema does not hold. */
    public static List<GraphQLType> beside(GraphQLSchema smallRye) {
        List<GraphQLType> types = new ArrayList<>(ModelTypes.all());
        types.addAll(FilterInputs.all());
        types.addAll(AggregateTypes.all());
        List.of(Scalars.GraphQLInt, Scalars.GraphQLFloat, Scalars.GraphQLString, Scalars.GraphQLBoolean,
                IdScalar.ID).stream().filter(scalar -> smallRye.getType(scalar.getName()) == null)
                .forEach(types::add);
        return types;
    }
}
