package io.accordgraph.read;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.Value;

/** Turns one value of a compiled statement's result into what the GraphQL field answers. */
@FunctionalInterface
public interface Conversion {

    Object from(Value value);

    /** Scalars as the driver gives them: strings, booleans, numbers, dates, lists of strings. */
    Conversion PLAIN = value -> value.isNull() ? null : value.asObject();

    /**
     * Each element of a list with this conversion; an absent list is empty. An element that does not fit the model
     * answers its fallback, or is left out when that is null, and the list reports the first such problem.
     */
    default Conversion eachOf() {
        return value -> {
            if (value.isNull()) {
                return List.of();
            }
            List<Object> all = new ArrayList<>(value.size());
            Invalid invalid = null;
            for (Value element : value.values()) {
                Object converted = from(element);
                if (converted instanceof Invalid problem) {
                    invalid = invalid == null ? problem : invalid;
                    converted = problem.fallback();
                }
                if (converted != null) {
                    all.add(converted);
                }
            }
            return invalid == null ? all : new Invalid(all, invalid.problem(), invalid.detail());
        };
    }
}
