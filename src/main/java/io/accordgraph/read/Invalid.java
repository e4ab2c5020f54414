package io.accordgraph.read;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.accordgraph.error.ErrorCode;

/**
 * A stored value that does not fit the model, as another program may write it into a Neo4j this server reads: what
 * the field answers instead, and what is wrong, which {@link RowFetcher} reports as an {@code INVALID_DATA} error on
 * that field alone, so the rest of the answer stands.
 *
 * @param fallback what the field answers: null, {@code UNKNOWN}, what the property reads as when missing, or the
 *        node's id in place of a missing name
 * @param problem the kind of problem, the same for every value that has it, which the log tells once
 * @param detail what is wrong with this value, for the error
 */
public record Invalid(Object fallback, String problem, String detail) {

    public static final String CODE = ErrorCode.INVALID_DATA.name();

    private static final Logger LOG = Logger.getLogger(Invalid.class);
    /** Problems already logged: kinds of problem come from the model, so the set stays small. */
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

    /** The field's answer: the fallback, with one error at the field's path. */
    DataFetcherResult<Object> answer(DataFetchingEnvironment environment) {
        if (LOGGED.add(problem)) {
            LOG.warnf("Data that does not fit the model: %s. Such fields answer a fallback with an %s error; the "
                    + "query dataProblems lists the nodes. Logged once.", problem, CODE);
        }
        return DataFetcherResult.newResult().data(fallback).error(GraphqlErrorBuilder.newError(environment)
                .message(detail).extensions(Map.of("code", CODE)).build()).build();
    }
}
