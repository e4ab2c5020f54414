package io.accordgraph.bundle;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.accordgraph.graph.model.EntityType;

/**
 * The kinds of the ids this server has lately seen in the graph, so that a mutation can be validated before anything
 * is read and its write check, in the same statement, that the graph holds what the validation assumed (a
 * {@link BundleWriter.Guard}): one statement a mutation instead of a lookup and a write. A node never changes kind,
 * so an entry goes wrong only when its node was deleted or created elsewhere (another server, or a transaction that
 * rolled back); the guard then finds the difference, writes nothing, and the write runs again with a lookup. A
 * wrong entry costs a statement, never a wrong write.
 */
@ApplicationScoped
public class KnownKinds {

    // About 100 bytes an entry: ~10 MB at most.
    private static final int MAXIMUM = 100_000;

    private final Cache<String, EntityType> kinds = Caffeine.newBuilder().maximumSize(MAXIMUM).build();

    /**
     * A lookup answered from memory, for one validation, that keeps what it assumed; the ids in {@code written} are
     * written earlier in the same transaction, as of those kinds, and are not assumed of the graph.
     */
    Assumption assume(Map<String, EntityType> written) {
        return new Assumption(written);
    }

    /** What a lookup in the graph found among {@code asked}: the others are not in the graph. */
    void found(Collection<String> asked, Map<String, EntityType> found) {
        asked.forEach(id -> {
            EntityType kind = found.get(id);
            if (kind == null) {
                kinds.invalidate(id);
            } else {
                kinds.put(id, kind);
            }
        });
    }

    /** The nodes a bundle writes. */
    void written(PreparedBundle bundle) {
        bundle.nodes().forEach((kind, rows) -> rows.forEach(row -> kinds.put((String) row.get("id"), kind)));
    }

    /** A node that was deleted. */
    public void deleted(String id) {
        kinds.invalidate(id);
    }

    /** The lookup of one validation; after it, the guard that checks its answer in the graph. */
    final class Assumption implements Function<Collection<String>, Map<String, EntityType>> {

        private final Map<String, EntityType> written;
        private List<String> ids = List.of();
        private Map<String, EntityType> assumed = Map.of();

        private Assumption(Map<String, EntityType> written) {
            this.written = written;
        }

        @Override
        public Map<String, EntityType> apply(Collection<String> asked) {
            ids = asked.stream().filter(id -> !written.containsKey(id)).sorted().distinct().toList();
            assumed = kinds.getAllPresent(ids);
            Map<String, EntityType> found = new HashMap<>(assumed);
            asked.stream().filter(written::containsKey).forEach(id -> found.put(id, written.get(id)));
            return found;
        }

        BundleWriter.Guard guard() {
            return new BundleWriter.Guard(ids, ids.stream().filter(assumed::containsKey)
                    .map(id -> List.of(id, assumed.get(id).label())).toList());
        }
    }
}
