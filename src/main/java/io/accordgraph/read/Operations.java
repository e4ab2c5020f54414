package io.accordgraph.read;

import graphql.execution.CoercedVariables;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.DataFetchingEnvironment;

/**
 * The request's operation with fragments expanded, {@code @include} / {@code @skip} applied and variables resolved:
 * a tree of the fields each object type gets, which the compiler reads. Made once per request.
 */
public final class Operations {

    private Operations() {
    }

    public static ExecutableNormalizedOperation of(DataFetchingEnvironment env) {
        return env.getGraphQlContext().computeIfAbsent(ExecutableNormalizedOperation.class,
                key -> ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(env.getGraphQLSchema(),
                        env.getOperationDefinition(), env.getFragmentsByName(),
                        CoercedVariables.of(env.getVariables())));
    }

    /** The root field being fetched, as the compiler reads it. */
    public static ExecutableNormalizedField rootField(DataFetchingEnvironment env) {
        String key = env.getField().getResultKey();
        return of(env).getTopLevelFields().stream().filter(f -> f.getResultKey().equals(key)).findFirst()
                .orElseThrow();
    }
}
