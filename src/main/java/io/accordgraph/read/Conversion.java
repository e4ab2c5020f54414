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

    /** Each element of a list with this conversion; an absent list is empty. */
    default Conversion eachOf() {
        return value -> {
            if (value.isNull()) {
                return List.of();
            }
            List<Object> all = new ArrayList<>(value.size());
            for (Value element : value.values()) {
                all.add(from(element));
            }
            return all;
        };
    }
}
