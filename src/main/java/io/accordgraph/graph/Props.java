package io.accordgraph.graph;

import java.time.LocalDate;
import java.util.List;

import org.neo4j.driver.Value;

/** Null-safe reads of a node's or relationship's properties out of a Cypher map projection. */
public final class Props {

    private Props() {
    }

    public static String string(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : v.asString();
    }

    public static LocalDate date(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : v.asLocalDate();
    }

    public static List<String> strings(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }

    public static <E extends Enum<E>> E enumValue(Value map, String key, Class<E> type) {
        String s = string(map, key);
        return s == null ? null : Enum.valueOf(type, s);
    }
}
