package io.accordgraph.bundle;

import java.util.List;

/** A bundle that cannot be written; each problem names the JSON path it is about. */
public class InvalidBundleException extends RuntimeException {

    private final List<String> problems;

    public InvalidBundleException(List<String> problems) {
        super("The fact bundle has " + problems.size() + " problem(s): " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
