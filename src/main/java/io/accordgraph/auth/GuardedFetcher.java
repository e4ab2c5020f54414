package io.accordgraph.auth;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.accordgraph.graphql.Writer;

/**
 * A root field's fetcher behind the check of who may read or write. The schema is built before the runtime config
 * exists, so whether checks are on is asked at each request, of {@link Access}.
 */
public record GuardedFetcher(Access access, Access.Need need, DataFetcher<?> fetcher) implements DataFetcher<Object> {

    @Override
    public Object get(DataFetchingEnvironment env) throws Exception {
        if (!access.enabled() || need == Access.Need.READ && access.anonymousMayRead()
                && RequestIdentity.withoutCredentials(env)) {
            return fetcher.get(env);
        }
        return access.check(RequestIdentity.of(env), need).subscribeAsCompletionStage()
                .thenCompose(identity -> {
                    Writer.set(env.getGraphQlContext(), Access.name(identity));
                    return answer(env);
                });
    }

    @SuppressWarnings("unchecked")
    private CompletionStage<Object> answer(DataFetchingEnvironment env) {
        try {
            Object value = fetcher.get(env);
            return value instanceof CompletionStage<?> stage ? (CompletionStage<Object>) stage
                    : CompletableFuture.completedFuture(value);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
