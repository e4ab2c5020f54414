package io.accordgraph.graph;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The slots of the kinds of work that could crowd out the rest (see {@link AdmissionConfig}): writes, taken by
 * every mutation and import, and heavy reads. Light reads take none.
 */
@ApplicationScoped
public class Admission {

    private final Slots writes;
    private final Slots heavyReads;
    private final long heavyReadCost;

    Admission(AdmissionConfig config, MeterRegistry registry) {
        this.writes = new Slots("writes", config.writeSlots(), config.queueSize(), config.maxWait(), registry);
        this.heavyReads = new Slots("heavy reads", config.heavyReadSlots(), config.queueSize(), config.maxWait(),
                registry);
        this.heavyReadCost = config.heavyReadCost();
    }

    public Slots writes() {
        return writes;
    }

    /**
     * Runs a write (it waits on the database) once it has a write slot, on a worker thread: never on the Vert.x
     * event loop, where Quarkus executes GraphQL requests, nor on the thread that freed the slot for it.
     */
    public <T> CompletionStage<T> write(Callable<T> work) {
        return writes.run(() -> CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, Infrastructure.getDefaultWorkerPool()));
    }

    public Slots heavyReads() {
        return heavyReads;
    }

    /** Whether a read whose answer could hold {@code cost} objects is heavy. */
    public boolean heavy(long cost) {
        return cost >= heavyReadCost;
    }
}
