package io.accordgraph.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;

/**
 * graphql-java's {@code ID}, strict about variables: it turns any value into text, so a variable given an object
 * (such as {@code {"$gt": ""}}) became an id. Here a variable must be a string or a whole number.
 */
final class IdScalar {

    @SuppressWarnings("unchecked")
    private static final Coercing<Object, Object> LENIENT = (Coercing<Object, Object>) Scalars.GraphQLID.getCoercing();

    static final GraphQLScalarType ID = GraphQLScalarType.newScalar(Scalars.GraphQLID)
            .coercing(new Coercing<Object, Object>() {

                @Override
                public Object serialize(Object value, GraphQLContext context, Locale locale) {
                    return LENIENT.serialize(value, context, locale);
                }

                @Override
                public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                    if (input instanceof String || input instanceof Integer || input instanceof Long
                            || input instanceof BigInteger
                            || input instanceof BigDecimal decimal && decimal.scale() <= 0) {
                        return LENIENT.parseValue(input, context, locale);
                    }
                    throw new CoercingParseValueException("an ID must be a string, not " + (input == null ? "null"
                            : input instanceof Map ? "an object" : input instanceof List
                                    ? "a list" : "'" + input + "'"));
                }

                @Override
                public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                        Locale locale) {
                    return LENIENT.parseLiteral(input, variables, context, locale);
                }

                @Override
                public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                    return LENIENT.valueToLiteral(input, context, locale);
                }
            }).build();

    private IdScalar() {
    }
}
