package io.accordgraph.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;

/**
 * The values a projection returns, as a Cypher list rather than a map: each value at a position its conversion
 * reads it from. A list carries no keys, so Neo4j encodes, and the driver decodes and hashes, none per value.
 */
final class Tuple {

    private final List<Expression> items = new ArrayList<>();
    private final Map<String, Integer> named = new HashMap<>();

    /** Adds an expression; returns its position. */
    int add(Expression expression) {
        items.add(expression);
        return items.size() - 1;
    }

    /** Adds an expression the first time its name is asked for (a property selected twice); returns its position. */
    int once(String name, Expression expression) {
        return named.computeIfAbsent(name, n -> add(expression));
    }

    Expression cypher() {
        return Cypher.listOf(items);
    }
}
