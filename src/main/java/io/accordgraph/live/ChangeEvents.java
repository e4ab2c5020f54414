package io.accordgraph.live;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Hands each committed write to the subscriptions of this server. A writer only enqueues: each subscriber has its
 * own queue, drained on a worker thread, so a slow subscriber never holds up a write. A subscriber that falls more
 * than {@link #QUEUED_WRITES} writes behind is ended with an error, which the client sees, rather than let its
 * queue grow without bound.
 */
@ApplicationScoped
public class ChangeEvents {

    static final int QUEUED_WRITES = 1024;

    private final BroadcastProcessor<CommittedChanges> writes = BroadcastProcessor.create();

    /** Called once a write has committed; never for one that rolled back. */
    public void published(CommittedChanges changes) {
        if (!changes.isEmpty()) {
            writes.onNext(changes);
        }
    }

    /** The writes committed from now on, for one subscriber. */
    Multi<CommittedChanges> committed() {
        return writes.onOverflow().buffer(QUEUED_WRITES).emitOn(Infrastructure.getDefaultWorkerPool());
    }
}
