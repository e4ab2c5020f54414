package io.accordgraph.graph.filter;

/** One condition of a filter, written as Cypher about the node bound to a variable. */
@FunctionalInterface
public interface Criterion {

    /** The condition, or null when the filter asks nothing (an empty input). */
    String cypher(String variable, CypherParameters parameters);
}
