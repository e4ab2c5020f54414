package io.accordgraph.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.neo4j.driver.TransactionContext;

import io.accordgraph.error.CodedException;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.live.CommittedChanges;
import io.accordgraph.neo4j.Answer;

/**
 * The small bundles of one transaction, such as the fields of a mutation document, written together: one statement,
 * one guard and one round trip for them all instead of one each. A bundle joins when it is validated against the
 * kinds this server remembers ({@link KnownKinds}) and those the bundles before it write; its answer is known once
 * the batch is written ({@link #flush}), before any write that cannot join and at the end. If the graph is not as
 * the batch assumed, nothing was written, and each bundle is written again alone, after a lookup, as it would have
 * been without the batch.
 */
public final class BundleBatch {

    /** The answer of a bundle that joined the batch, given once the batch is written. */
    public static final class Pending {

        private Object value;
        private boolean answered;

        private void answer(Object answer) {
            value = answer;
            answered = true;
        }

        /** False when the batch was not written, or was refused at this bundle or one before it. */
        public boolean answered() {
            return answered;
        }

        public Object value() {
            return value;
        }
    }

    private record Member(FactBundle bundle, PreparedBundle prepared, BundleWriter.Part part, Pending pending) {
    }

    private final BundleLoader loader;
    private final TransactionContext tx;
    private final String recordedBy;
    private final Consumer<CommittedChanges> changes;
    private final List<Member> members = new ArrayList<>();
    // The kinds of the nodes the members write: the next bundle finds them as if they had been written.
    private final Map<String, EntityType> written = new HashMap<>();
    // What the members assumed of the graph: each id's label, or "" for no node. In id order, as the guard locks.
    private final Map<String, String> assumed = new TreeMap<>();
    private int rows;

    BundleBatch(BundleLoader loader, TransactionContext tx, String recordedBy, Consumer<CommittedChanges> changes) {
        this.loader = loader;
        this.tx = tx;
        this.recordedBy = recordedBy;
        this.changes = changes;
    }

    /**
     * Writes {@code bundle} with the batch; or, when it cannot join, writes the batch and then the bundle alone: when
     * it has {@code first} work to run before it (null: none), or does not validate against what the batch assumes
     * (the graph then tells why), or would make the batch's statement too large.
     *
     * @param answer the read that answers the bundle once it is written
     * @param translate how a refusal of this bundle is told to whoever sent it
     * @return the answer, or a {@link Pending} one when the bundle joined
     */
    public Object load(FactBundle bundle, Consumer<TransactionContext> first, Answer answer,
            UnaryOperator<CodedException> translate) {
        if (first == null) {
            Pending joined = join(bundle, answer, translate);
            if (joined != null) {
                return joined;
            }
        }
        flush();
        try {
            return loader.load(tx, bundle, recordedBy, first == null ? none -> { } : first, answer, changes);
        } catch (CodedException e) {
            throw translate.apply(e);
        }
    }

    private Pending join(FactBundle bundle, Answer answer, UnaryOperator<CodedException> translate) {
        KnownKinds.Assumption assumption = loader.known().assume(written);
        PreparedBundle prepared = BundleLoader.validOrNull(bundle, assumption);
        if (prepared == null) {
            return null;
        }
        BundleWriter writer = BundleWriter.of(prepared);
        int size = writer.rows();
        Map<String, String> its = labels(assumption.guard());
        boolean agrees = its.entrySet().stream()
                .allMatch(id -> assumed.getOrDefault(id.getKey(), id.getValue()).equals(id.getValue()));
        // A bundle that writes no row has no step for its answer to follow in the batch's statement: alone, its
        // answer is read by itself.
        if (size == 0 || rows + size > BundleWriter.ROWS_PER_STATEMENT || !agrees) {
            return null;
        }
        Pending pending = new Pending();
        members.add(new Member(bundle, prepared, new BundleWriter.Part(writer, answer, translate), pending));
        assumed.putAll(its);
        prepared.nodes().forEach((kind, nodes) -> nodes.forEach(node -> written.put((String) node.get("id"), kind)));
        rows += size;
        return pending;
    }

    private static Map<String, String> labels(BundleWriter.Guard guard) {
        Map<String, String> labels = new HashMap<>();
        guard.ids().forEach(id -> labels.put(id, ""));
        guard.present().forEach(idAndLabel -> labels.put(idAndLabel.get(0), idAndLabel.get(1)));
        return labels;
    }

    /** Writes the bundles that joined, and gives each its answer; nothing when none did. */
    public void flush() {
        if (members.isEmpty()) {
            return;
        }
        List<Member> batch = List.copyOf(members);
        BundleWriter.Guard guard = new BundleWriter.Guard(List.copyOf(assumed.keySet()), assumed.entrySet().stream()
                .filter(id -> !id.getValue().isEmpty()).map(id -> List.of(id.getKey(), id.getValue())).toList());
        members.clear();
        written.clear();
        assumed.clear();
        rows = 0;
        LoadResult result = BundleWriter.writeAll(tx, batch.stream().map(Member::part).toList(), recordedBy, guard,
                (index, answer) -> batch.get(index).pending().answer(answer));
        if (result != null) {
            batch.forEach(member -> loader.wrote(member.prepared(), changes));
            return;
        }
        for (Member member : batch) {
            try {
                member.pending().answer(loader.write(tx, member.bundle(), recordedBy, none -> { },
                        member.part().answer(), changes).answer());
            } catch (CodedException e) {
                throw member.part().translate().apply(e);
            }
        }
    }
}
