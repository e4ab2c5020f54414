package io.accordgraph.error;

/**
 * One thing wrong with a request, e.g. {@code input.name: must not be blank}: where it is (a GraphQL argument
 * path or a JSON path in a bundle), what kind of problem it is and what to do about it.
 */
public record Problem(String path, ErrorCode code, String message) {

    public static Problem invalid(String path, String message) {
        return new Problem(path, ErrorCode.VALIDATION, message);
    }

    public static Problem notFound(String path, String message) {
        return new Problem(path, ErrorCode.NOT_FOUND, message);
    }

    public static Problem conflict(String path, String message) {
        return new Problem(path, ErrorCode.CONFLICT, message);
    }

    /** The same problem reported at another path, e.g. a bundle path translated to a mutation's argument. */
    public Problem at(String newPath) {
        return new Problem(newPath, code, message);
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
