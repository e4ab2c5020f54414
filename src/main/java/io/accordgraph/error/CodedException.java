package io.accordgraph.error;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;

/**
 * A request the server answers with a stable {@link ErrorCode} rather than as a fault of its own: refused for its
 * input, with every problem found (also listed under {@code extensions.problems}), or for who sent it, or not run
 * because the server or the database could not take it. Nothing was written.
 * <p>
 * graphql-java copies {@link #getExtensions()} of the exception a field throws into that field's error, which is how
 * the code reaches {@code extensions.code}. It carries no stack trace: it is an answer, not a fault to trace; an
 * unreachable database is logged where it is caught.
 */
public final class CodedException extends RuntimeException implements GraphQLError {

    private final ErrorCode code;
    private final transient List<Problem> problems;

    public CodedException(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    private CodedException(ErrorCode code, String message, List<Problem> problems) {
        super(message, null, false, false);
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    /** The refusal of these problems: a single kind gives its own code; a mix is a validation failure. */
    public static CodedException of(List<Problem> problems) {
        List<ErrorCode> codes = problems.stream().map(Problem::code).distinct().toList();
        return new CodedException(codes.size() == 1 ? codes.get(0) : ErrorCode.VALIDATION, summary(problems),
                problems);
    }

    public static CodedException of(Problem problem) {
        return of(List.of(problem));
    }

    public ErrorCode code() {
        return code;
    }

    /** What is wrong with the input, each at its path; empty when the request was refused for another reason. */
    public List<Problem> problems() {
        return problems;
    }

    @Override
    public Map<String, Object> getExtensions() {
        // The problems too, not only through ProblemsExtension: SmallRye keeps the providers it loaded first, and
        // where an application starts twice in one JVM (the tests) the first one's cannot recognise this class.
        return Map.of("code", code.name(), "problems", problemsJson());
    }

    /** The problems as SmallRye writes an extension's value: JSON, where a Java list would become its text. */
    JsonArray problemsJson() {
        JsonArrayBuilder json = Json.createArrayBuilder();
        problems.forEach(p -> json.add(Json.createObjectBuilder().add("path", p.path()).add("code", p.code().name())
                .add("message", p.message())));
        return json.build();
    }

    // Required of a GraphQLError; the error of the field that threw this has its own location and type.
    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.DataFetchingException;
    }

    private static String summary(List<Problem> problems) {
        String all = problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
        return problems.size() == 1 ? all : problems.size() + " problems: " + all;
    }
}
