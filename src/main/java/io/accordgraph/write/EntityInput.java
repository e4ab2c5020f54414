package io.accordgraph.write;

import java.util.List;
import java.util.Map;

import io.accordgraph.source.SourceInput;

/**
 * What every upsert input has: the node's id, its names, and the sources that report it, existing ones by id or
 * new ones given inline. Fields left out (null) keep the value the graph holds.
 */
public interface EntityInput {

    String id();

    String name();

    List<String> aliases();

    List<String> sources();

    List<SourceInput> newSources();

    /** The input's other fields under their property names, only those given. */
    default Map<String, Object> properties() {
        return Map.of();
    }

    /** Relationships the input states too, such as the holder of a position. */
    default List<InputLink> links() {
        return List.of();
    }
}
