package io.accordgraph.read;

import java.util.function.Supplier;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;

/**
 * The data fetcher of every field below a root field: it reads the value the compiled statement already returned
 * from the parent's {@link Row}, and never queries. Rows without aliases are read by the field's name, which spares
 * graphql-java building a fetching environment per field.
 */
public final class RowFetcher implements LightDataFetcher<Object> {

    public static final RowFetcher INSTANCE = new RowFetcher();

    private RowFetcher() {
    }

    @Override
    public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment) {
        Row row = (Row) source;
        Object value = row.get(row.aliased() ? environment.get().getField().getResultKey() : field.getName());
        return value instanceof Invalid invalid ? invalid.answer(environment.get()) : value;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) {
        return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
    }
}
