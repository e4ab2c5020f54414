package io.accordgraph.neo4j;

import java.util.Map;

import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** A transaction that tells {@code counted} of each statement run in it, for a write to report what it cost. */
public record CountedTransaction(TransactionContext tx, Runnable counted) implements TransactionContext {

    @Override
    public Result run(Query query) {
        counted.run();
        return tx.run(query);
    }

    @Override
    public Result run(String query, Value parameters) {
        return run(new Query(query, parameters));
    }

    @Override
    public Result run(String query, Map<String, Object> parameters) {
        return run(new Query(query, parameters));
    }

    @Override
    public Result run(String query, Record parameters) {
        return run(new Query(query, parameters.asMap()));
    }

    @Override
    public Result run(String query) {
        return run(new Query(query));
    }
}
