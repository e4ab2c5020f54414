package io.accordgraph.read;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.GraphQLContext;

/**
 * How many Cypher statements one request ran, kept in the request's GraphQL context. With
 * {@code accord.graphql.report-statements} on, the answer carries it in {@code extensions.cypherStatements}.
 */
public final class StatementCount {

    private final AtomicInteger count = new AtomicInteger();

    public static StatementCount of(GraphQLContext context) {
        return context.computeIfAbsent(StatementCount.class, key -> new StatementCount());
    }

    public void increment() {
        count.incrementAndGet();
    }

    public void add(int statements) {
        count.addAndGet(statements);
    }

    public int get() {
        return count.get();
    }
}
