package io.accordgraph.read;

import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.FunctionInvocation;
import org.neo4j.cypherdsl.core.FunctionInvocation.FunctionDefinition;
import org.neo4j.cypherdsl.core.PatternElement;

/**
 * Cypher functions that Cypher-DSL offers on patterns only (a named relationship, a named path), called here on
 * any expression: our statements also bind relationships by {@code UNWIND} or take them out of a list of paths.
 */
public enum CypherFunctions implements FunctionDefinition {

    START_NODE("startNode"), END_NODE("endNode"), PROPERTIES("properties"), RELATIONSHIPS("relationships"),
    /** On a pattern: every shortest path it matches (Cypher-DSL writes the GQL {@code ALL SHORTEST} only). */
    ALL_SHORTEST_PATHS("allShortestPaths");

    private final String name;

    CypherFunctions(String name) {
        this.name = name;
    }

    @Override
    public String getImplementationName() {
        return name;
    }

    @Override
    public boolean isAggregate() {
        return false;
    }

    /** This function of {@code value}. */
    public Expression of(Expression value) {
        return FunctionInvocation.create(this, value);
    }

    /** This function of a pattern. */
    public Expression of(PatternElement pattern) {
        return FunctionInvocation.create(this, pattern);
    }
}
