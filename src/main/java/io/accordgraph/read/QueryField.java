package io.accordgraph.read;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLFieldDefinition;
import io.accordgraph.neo4j.Statement;

/**
 * A field of the Query type that one compiled Cypher statement answers, with all that the request selects under it.
 * Beans that offer such fields implement {@link QueryFields}; the schema declares them and {@link RequestReads} runs
 * them.
 */
public interface QueryField {

    /** The field as the schema declares it: name, arguments, type and description. */
    GraphQLFieldDefinition definition();

    /**
     * The statement for this occurrence of the field, with its arguments and everything selected under it.
     *
     * @param projector the statement's, reading the graph as known on the field's {@code knownAt} day if it gives one
     * @throws io.accordgraph.error.CodedException when an argument breaks a rule; the field answers that error
     */
    Statement compile(ExecutableNormalizedField field, Projector projector);

    /**
     * True for a field whose statement reads much of the graph whatever its arguments (every fact, or paths), so
     * that a request asking it waits for one of the few slots of heavy reads ({@code accord.admission}).
     */
    default boolean heavy(ExecutableNormalizedField field) {
        return false;
    }
}
