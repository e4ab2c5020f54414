package io.accordgraph.graph;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;

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

    public Slots heavyReads() {
        return heavyReads;
    }

    /** Whether a read whose answer could hold {@code cost} objects is heavy. */
    public boolean heavy(long cost) {
        return cost >= heavyReadCost;
    }
}
