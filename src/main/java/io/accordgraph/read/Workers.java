package io.accordgraph.read;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Runs work that waits on the database on a worker thread, the answer completing the field asynchronously: never on
 * the Vert.x event loop, where Quarkus executes GraphQL requests, nor on the thread that freed a slot for it.
 */
public final class Workers {

    private Workers() {
    }

    public static <T> CompletionStage<T> run(Callable<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, Infrastructure.getDefaultWorkerPool());
    }
}
