package io.accordgraph.schema;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/**
 * A query field that no client sees, declared with SmallRye's annotations because SmallRye GraphQL builds a schema,
 * and Quarkus serves {@code /graphql}, only when some class declares one so. {@code api/SchemaInstaller} builds the
 * Query type without it. It answers an Int so that the model's Int fields keep SmallRye's Int scalar, as when
 * annotated classes declared Int fields: graphql-java's own is stricter with variables and describes itself
 * differently.
 */
@GraphQLApi
public class SmallRyeAnchor {

    @Query
    public int smallRyeAnchor() {
        return 0;
    }
}
