package io.accordgraph.write;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of an input that were given, by property name: a field left out is not changed by the write. */
public final class GivenFields {

    private GivenFields() {
    }

    /** @param namesAndValues property name, value, name, value, ... */
    public static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> given = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                given.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return given;
    }
}
