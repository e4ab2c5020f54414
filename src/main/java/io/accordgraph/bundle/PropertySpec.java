package io.accordgraph.bundle;

import java.util.List;

/** One property that a bundle may set on a kind of node or relationship. */
record PropertySpec(String name, PropertyKind kind, List<String> constants) {

    static PropertySpec text(String name) {
        return new PropertySpec(name, PropertyKind.TEXT, List.of());
    }

    static PropertySpec date(String name) {
        return new PropertySpec(name, PropertyKind.DATE, List.of());
    }

    static PropertySpec bool(String name) {
        return new PropertySpec(name, PropertyKind.BOOLEAN, List.of());
    }

    static PropertySpec oneOf(String name, Class<? extends Enum<?>> type) {
        return new PropertySpec(name, PropertyKind.ENUM, PropertyKind.namesOf(type));
    }

    Object convert(Object json, int maxText) {
        return kind.convert(json, constants, maxText);
    }
}
