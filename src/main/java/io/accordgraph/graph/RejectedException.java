package io.accordgraph.graph;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request refused before anything was written, with every problem found. Its subclasses carry the
 * {@code extensions.code}; each problem is also listed under {@code extensions.problems}.
 */
public abstract class RejectedException extends RuntimeException {

    private final transient List<Problem> problems;

    protected RejectedException(List<Problem> problems) {
        super(summary(problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** The code also given by the subclass's {@code @ErrorCode}, for transports other than GraphQL. */
    public abstract ProblemCode code();

    public List<Problem> problems() {
        return problems;
    }

    /** The exception for these problems: a single kind gives its own code; a mix is a validation failure. */
    public static RejectedException of(List<Problem> problems) {
        List<ProblemCode> codes = problems.stream().map(Problem::code).distinct().toList();
        ProblemCode code = codes.size() == 1 ? codes.get(0) : ProblemCode.VALIDATION;
        return switch (code) {
            case VALIDATION -> new InvalidInputException(problems);
            case NOT_FOUND -> new NotFoundException(problems);
            case CONFLICT -> new ConflictException(problems);
        };
    }

    public static RejectedException of(Problem problem) {
        return of(List.of(problem));
    }

    private static String summary(List<Problem> problems) {
        String all = problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
        return problems.size() == 1 ? all : problems.size() + " problems: " + all;
    }
}
