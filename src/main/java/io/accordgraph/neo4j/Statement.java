package io.accordgraph.neo4j;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;

/** One Cypher statement with its parameters, and how its records become an answer. */
public record Statement(String cypher, Map<String, Object> parameters, Function<List<Record>, Object> answer) {

    /** Runs the statement in a transaction and gives its answer. */
    public Object answerIn(org.neo4j.driver.SimpleQueryRunner transaction) {
        return answer.apply(transaction.run(cypher, parameters).list());
    }
}
