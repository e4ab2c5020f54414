package io.accordgraph.graph.model;

import java.util.List;
import java.util.Set;

/**
 * A field of a kind's type that follows relationships: the nodes at the end of one hop (or of alternative chains of
 * hops), the facts of one hop seen as a {@link FactView}, or how many nodes one hop reaches.
 */
public record RelationField(String name, Shape shape, List<List<Hop>> chains, FactView view, String orderedBy,
        String description) {

    private static final String BY_NAME = "NAME";

    public enum Shape {
        /** At most one node. */
        ONE,
        /** A list of nodes. */
        MANY,
        /** A list of facts, each seen as the field's {@link FactView}. */
        FACTS,
        /** How many nodes the hop reaches. */
        COUNT,
        /**
         * The count, date ranges and groups of what the list field it is named after holds: its nodes, or for a
         * list of facts its facts ({@link #view()} says which).
         */
        AGGREGATE
    }

    /** The suffix of the aggregate beside each list: {@code members}, {@code membersAggregate}. */
    public static final String AGGREGATE_SUFFIX = "Aggregate";

    public static RelationField one(String name, Hop hop, String description) {
        return new RelationField(name, Shape.ONE, List.of(List.of(hop)), null, BY_NAME, description);
    }

    public static RelationField many(String name, Hop hop, String description) {
        return new RelationField(name, Shape.MANY, List.of(List.of(hop)), null, BY_NAME, description);
    }

    /** Nodes reached by any of several chains of hops, each node once. */
    public static RelationField manyAlong(String name, List<List<Hop>> chains, String description) {
        return new RelationField(name, Shape.MANY, chains, null, BY_NAME, description);
    }

    public static RelationField facts(String name, Hop hop, FactView view, String description) {
        return new RelationField(name, Shape.FACTS, List.of(List.of(hop)), view, BY_NAME, description);
    }

    public static RelationField count(String name, Hop hop, String description) {
        return new RelationField(name, Shape.COUNT, List.of(List.of(hop)), null, BY_NAME, description);
    }

    /** Whether this field lists nodes or facts, and so has an aggregate beside it. */
    public boolean listed() {
        return shape == Shape.MANY || shape == Shape.FACTS;
    }

    /** The aggregate of this list field: the same walk, counted. */
    public RelationField aggregate() {
        return new RelationField(name + AGGREGATE_SUFFIX, Shape.AGGREGATE, chains, view, orderedBy,
                "Count, date ranges and groups of `" + name + "`, with its filter and dates; unlike the list, not "
                        + "cut to a page.");
    }

    /** Whether this field answers the nodes or facts at its end, not a count or an aggregate of them. */
    public boolean reachesNodes() {
        return shape == Shape.ONE || listed();
    }

    /** The same field, ordered by id unless a request asks otherwise. */
    public RelationField byId() {
        return new RelationField(name, shape, chains, view, "ID", description);
    }

    /** Whether one hop leads to the values, so that its relationship can be filtered by date ({@code asOf}). */
    public boolean singleHop() {
        return chains.size() == 1 && chains.get(0).size() == 1;
    }

    /** The hop of a single-hop field. */
    public Hop hop() {
        if (!singleHop()) {
            throw new IllegalStateException(name + " follows more than one hop");
        }
        return chains.get(0).get(0);
    }

    /** The kinds of node at the end. */
    public Set<EntityType> targets() {
        List<Hop> first = chains.get(0);
        return first.get(first.size() - 1).targets();
    }

    /** The kind of the nodes at the end, or null when they may be of several kinds. */
    public EntityType target() {
        List<Hop> first = chains.get(0);
        return first.get(first.size() - 1).target();
    }
}
