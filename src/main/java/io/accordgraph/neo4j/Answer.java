package io.accordgraph.neo4j;

import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * The read that answers a write, run in the write's transaction, most often inside the write's own statement: its
 * text returns one row whose column {@link #COLUMN} holds the value {@code from} turns into the answer. Its parameters
 * are named apart from those of the statement it joins.
 */
public record Answer(String cypher, Map<String, Object> parameters, Function<Value, Object> from) {

    public static final String COLUMN = "answer";

    /** Runs the read alone, for a write that had nothing to write. */
    public Object answerIn(SimpleQueryRunner transaction) {
        return from.apply(transaction.run(cypher, parameters).single().get(COLUMN));
    }
}
