package io.accordgraph.graph.model;

import java.util.Set;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SymbolicName;

/**
 * One step along a relationship type, in one direction, to the kinds of node found there. This is the one place
 * where relationship patterns are written as Cypher: everything that reads or writes relationships asks a hop for
 * its pattern, so a type or a direction cannot be misspelt elsewhere. Variable names come from code, never from a
 * request.
 */
public record Hop(Predicate predicate, Direction direction, Set<EntityType> targets) {

    /** The single kind found at the far end, or null when several kinds are (the field is then an Entity). */
    public EntityType target() {
        return targets.size() == 1 ? targets.iterator().next() : null;
    }

    /** The label that narrows the far end: its kind's, or {@code Entity} when several kinds may be there. */
    public String targetLabel() {
        EntityType target = target();
        return target == null ? EntityType.ENTITY_LABEL : target.label();
    }

    /** A new node at the far end, narrowed by {@link #targetLabel()}, as a Cypher-DSL node named {@code name}. */
    public Node target(String name) {
        return Cypher.node(targetLabel()).named(name);
    }

    /**
     * This hop from {@code from} to {@code to} as a Cypher-DSL relationship: {@code (from)-[:TYPE]->(to)}, or
     * {@code <-[:TYPE]-} against the direction. Name it with {@code named}, give it properties with
     * {@code withProperties}.
     */
    public Relationship relationship(Node from, Node to) {
        return direction == Direction.OUT ? from.relationshipTo(to, predicate.name())
                : from.relationshipFrom(to, predicate.name());
    }

    /** A node already bound, by its name alone: a pattern that walks from it neither narrows nor matches it again. */
    public static Node bound(Node node) {
        return Cypher.anyNode(node.getRequiredSymbolicName());
    }

    /** This hop from the bound node {@code from} to a new node {@code to}, narrowed by {@link #targetLabel()}. */
    public Relationship from(SymbolicName from, SymbolicName to) {
        return relationship(Cypher.anyNode(from), target(to.getValue()));
    }

    /** A fact of any type between {@code from} and {@code to}, in either direction, as Cypher-DSL. */
    public static Relationship anyFact(Node from, Node to) {
        return from.relationshipBetween(to, factTypeNames());
    }

    /** A fact of any type from {@code from} to {@code to}, as Cypher-DSL. */
    public static Relationship anyFactForward(Node from, Node to) {
        return from.relationshipTo(to, factTypeNames());
    }

    /** A relationship of whatever type from {@code from} to {@code to}, for a statement that tests its type. */
    public static Relationship anyType(Node from, Node to) {
        return from.relationshipTo(to);
    }

    /** Chains of one to {@code maxHops} facts between two nodes, as Cypher-DSL. */
    public static Relationship factChain(Node from, int maxHops, Node to) {
        return from.relationshipBetween(to, factTypeNames()).length(1, maxHops);
    }

    private static String[] factTypeNames() {
        return Predicate.facts().stream().map(Predicate::name).toArray(String[]::new);
    }
}
