package io.accordgraph.read;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Runs work that waits on the database off the Vert.x event loop, where Quarkus executes GraphQL requests: on a
 * worker thread, the answer completing the field asynchronously. Elsewhere (a worker already) it runs in place.
 */
public final class Blocking {

    private Blocking() {
    }

    public static <T> CompletionStage<T> offEventLoop(Callable<T> work) {
        if (Context.isOnEventLoopThread()) {
            return Vertx.currentContext().executeBlocking(work, false).toCompletionStage();
        }
        try {
            return CompletableFuture.completedFuture(work.call());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
