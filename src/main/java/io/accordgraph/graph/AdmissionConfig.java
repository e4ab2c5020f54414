package io.accordgraph.graph;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the server shares itself under load: writes and heavy reads each get a few slots, and wait for one at most
 * {@link #maxWait()}; every other read runs at once, so a flood of one kind cannot starve the others.
 */
@ConfigMapping(prefix = "accord.admission")
public interface AdmissionConfig {

    /**
     * Writes (mutations, imports, deletes) that run at once. Each holds locks and a transaction's memory, and two
     * cores commit only so many; but a write also waits on the database between its statements, so a few more than
     * the cores keep them busy. On 2 cores 8 did better than 4 (src/bench/load.sh: 25 % more requests, writes p99
     * 2.5 s down to 2.0 s, reads p99 still under 400 ms).
     */
    @WithDefault("8")
    int writeSlots();

    /**
     * Heavy reads that run at once: those past {@link #heavyReadCost()}, and {@code path}, {@code changes} and
     * {@code disagreements} without an end, which read much of the graph whatever they return.
     */
    @WithDefault("2")
    int heavyReadSlots();

    /**
     * A read whose answer could hold this many objects (the cost the limits count) is heavy: the top quarter of the
     * cost limit. The cost is an upper bound, at the default page: the benchmark's nested pages (Q4, Q9: 1.27 million)
     * return far less, and queued behind two slots they lost 40 % of their throughput.
     */
    @WithDefault("1500000")
    long heavyReadCost();

    /** Writes, or heavy reads, that may wait for a slot; more are refused with {@code BUSY} at once. */
    @WithDefault("1000")
    int queueSize();

    /** How long a write or heavy read waits for a slot before it is refused with {@code BUSY}. */
    @WithDefault("5s")
    Duration maxWait();
}
