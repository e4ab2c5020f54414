package io.accordgraph.graph;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.enterprise.util.TypeLiteral;

import io.accordgraph.error.CodedException;
import io.accordgraph.error.ErrorCode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.faulttolerance.api.TypedGuard;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * A few slots for one kind of work: SmallRye Fault Tolerance's bulkhead for asynchronous work, whose queue holds no
 * thread, so that waiting writes cannot use up the threads that reads need. It has no deadline for the wait, and its
 * timeout would fail work that had already started (a write whose commit had begun), so the deadline is kept here:
 * work that has not started within {@code max-wait} is refused with {@code BUSY} and will never start.
 * The queue and the waits are in {@code /q/metrics} ({@code accord_admission_queued},
 * {@code accord_admission_wait_seconds}, tagged with the kind of work).
 */
public final class Slots {

    private final String work;
    private final Duration maxWait;
    private final TypedGuard<CompletionStage<Object>> bulkhead;
    private final AtomicInteger queued = new AtomicInteger();
    private final Timer waits;

    public Slots(String work, int slots, int queue, Duration maxWait, MeterRegistry registry) {
        this.work = work;
        this.maxWait = maxWait;
        // The work given to run() starts its own threads where it blocks; the bulkhead only decides when.
        this.bulkhead = TypedGuard.create(new TypeLiteral<CompletionStage<Object>>() {
        }).withDescription("accord " + work).withBulkhead().limit(slots).queueSize(queue).done()
                .withThreadOffload(false).build();
        Gauge.builder("accord.admission.queued", queued, AtomicInteger::get).tag("work", work)
                .description("Requests waiting for a slot").register(registry);
        this.waits = Timer.builder("accord.admission.wait").tag("work", work)
                .description("How long requests waited for a slot").register(registry);
    }

    /**
     * Starts {@code work} once a slot is free, and gives the slot back when the stage it returns completes; or
     * fails with {@code BUSY}, without starting it, when no slot freed within the deadline or the queue is
     * full. {@code work} must not block: it may be called on the thread that completes another's work.
     */
    @SuppressWarnings("unchecked")
    public <T> CompletionStage<T> run(Supplier<CompletionStage<T>> work) {
        long asked = System.nanoTime();
        AtomicBoolean decided = new AtomicBoolean();
        CompletableFuture<T> answer = new CompletableFuture<>();
        queued.incrementAndGet();
        // On a thread of Quarkus's pool, where the refusal's continuations (graphql-java's) find the application.
        Infrastructure.getDefaultWorkerPool().schedule(() -> refuse(decided, asked, answer), maxWait.toNanos(),
                TimeUnit.NANOSECONDS);
        CompletionStage<Object> ran = bulkhead.get(() -> {
            if (!decided.compareAndSet(false, true)) {
                // Too late: the client has had its BUSY. The slot is given back at once.
                return CompletableFuture.completedFuture(null);
            }
            queued.decrementAndGet();
            waits.record(System.nanoTime() - asked, TimeUnit.NANOSECONDS);
            try {
                return (CompletionStage<Object>) work.get();
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        });
        ran.whenComplete((value, error) -> {
            if (error == null) {
                answer.complete((T) value);
            } else if (!decided.get()) {
                // Refused by the bulkhead itself: its queue is full.
                refuse(decided, asked, answer);
            } else {
                answer.completeExceptionally(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            }
        });
        return answer;
    }

    private void refuse(AtomicBoolean decided, long asked, CompletableFuture<?> answer) {
        if (decided.compareAndSet(false, true)) {
            queued.decrementAndGet();
            waits.record(System.nanoTime() - asked, TimeUnit.NANOSECONDS);
            answer.completeExceptionally(new CodedException(ErrorCode.BUSY, "The server is busy with other " + work
                    + ": none could start within " + maxWait.toMillis() + " ms (accord.admission.max-wait). Nothing "
                    + "was run or written; try again shortly."));
        }
    }
}
