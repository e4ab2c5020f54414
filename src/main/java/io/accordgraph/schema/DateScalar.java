package io.accordgraph.schema;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/** ISO dates such as {@code 2026-02-17}: what Neo4j stores as a date, and what arguments such as {@code asOf} take. */
final class DateScalar {

    static final GraphQLScalarType DATE = GraphQLScalarType.newScalar().name(Names.DATE)
            .description("A day, as an ISO date such as `2026-02-17`.")
            .coercing(new Coercing<LocalDate, String>() {

                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof LocalDate date) {
                        return date.toString();
                    }
                    throw new CoercingSerializeException("not a date: " + value);
                }

                @Override
                public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
                    try {
                        return LocalDate.parse(String.valueOf(input));
                    } catch (DateTimeParseException e) {
                        throw new CoercingParseValueException(message(input));
                    }
                }

                @Override
                public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                        Locale locale) {
                    if (input instanceof StringValue text) {
                        try {
                            return LocalDate.parse(text.getValue());
                        } catch (DateTimeParseException e) {
                            throw new CoercingParseLiteralException(message(text.getValue()));
                        }
                    }
                    throw new CoercingParseLiteralException("must be an ISO date in quotes, such as \"2026-02-17\"");
                }

                @Override
                public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                    return StringValue.of(serialize(input, context, locale));
                }
            }).build();

    private DateScalar() {
    }

    private static String message(Object input) {
        return "must be an ISO date such as 2026-02-17, not '" + input + "'";
    }
}
