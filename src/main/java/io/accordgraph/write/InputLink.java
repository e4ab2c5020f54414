package io.accordgraph.write;

import java.util.List;
import java.util.stream.IntStream;

import io.accordgraph.bundle.RelationshipKind;

/**
 * A relationship stated by a field of an input, e.g. {@code holder} of a position. {@code path} names that field,
 * so that a problem with the far end is reported where the user wrote it. A single-valued field replaces: a
 * position given a new holder is no longer held by the old one.
 */
public record InputLink(RelationshipKind kind, String from, String to, String path, boolean replaces) {

    /** The input's node to the node named by a single-valued field; nothing when the field is left out. */
    public static List<InputLink> to(RelationshipKind kind, String id, String target, String field) {
        return target == null ? List.of() : List.of(new InputLink(kind, id, target, field, true));
    }

    /** The node named by a single-valued field to the input's node; nothing when the field is left out. */
    public static List<InputLink> from(RelationshipKind kind, String source, String id, String field) {
        return source == null ? List.of() : List.of(new InputLink(kind, source, id, field, true));
    }

    /** The input's node to each node of a list field. */
    public static List<InputLink> toEach(RelationshipKind kind, String id, List<String> targets, String field) {
        if (targets == null) {
            return List.of();
        }
        return IntStream.range(0, targets.size())
                .mapToObj(i -> new InputLink(kind, id, targets.get(i), field + "[" + i + "]", false)).toList();
    }
}
