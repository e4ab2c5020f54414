package io.accordgraph.read;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.neo4j.Statement;

/**
 * The text of each shape of question, rendered once: one shape always compiles to the same tree, with the same
 * parameter names, so only its first occurrence pays for rendering. The shape is the root field as the request
 * selects it (names, aliases, fragments' types, children), with every argument value that became a parameter as is
 * replaced by a placeholder; any other value (an order, a number of hops written into the text, a cursor) stays in
 * the key, so two questions whose texts could differ never share one. This holds while no compiler decides its text
 * by a value that it also hands to {@link io.accordgraph.neo4j.CypherParameters} as is; numbers and flags, which
 * boxing may share, always stay in the key.
 */
final class StatementTexts {

    /** Shapes kept, the least used evicted first; an evicted shape only costs a rendering. */
    private static final int MAX_SHAPES = 512;

    private final Cache<String, String> texts = Caffeine.newBuilder().maximumSize(MAX_SHAPES).build();

    /** The text of {@code tree}, compiled from {@code root} with {@code parameters}. */
    String of(ExecutableNormalizedField root, org.neo4j.cypherdsl.core.Statement tree,
            Map<String, Object> parameters) {
        return text("", List.of(root), tree, parameters);
    }

    /**
     * The text of {@code tree}, which answers a mutation {@code field} with what it selects: the compiler wrote into
     * the text what {@code decidedBy} names (the field's position in its document, a fact's type), and none of the
     * rest of the field's input, which would make each mutation a shape of its own.
     */
    String ofAnswer(String decidedBy, ExecutableNormalizedField field, org.neo4j.cypherdsl.core.Statement tree,
            Map<String, Object> parameters) {
        return text("answer " + decidedBy + ' ' + field.getName(), field.getChildren(), tree, parameters);
    }

    /** The text of {@code tree}, by {@code prefix} and the shapes of {@code fields}. */
    private String text(String prefix, List<ExecutableNormalizedField> fields, org.neo4j.cypherdsl.core.Statement tree,
            Map<String, Object> parameters) {
        Set<Object> given = Collections.newSetFromMap(new IdentityHashMap<>());
        given.addAll(parameters.values());
        StringBuilder shape = new StringBuilder(prefix);
        fields.forEach(field -> shape(field, given, shape));
        return texts.get(shape.toString(), key -> Statement.render(tree));
    }

    private static void shape(ExecutableNormalizedField field, Set<Object> given, StringBuilder key) {
        key.append('(').append(field.getResultKey()).append(':').append(field.getName())
                .append(field.getObjectTypeNames());
        field.getResolvedArguments().forEach((name, value) -> {
            key.append(' ').append(name).append('=');
            value(value, given, key);
        });
        field.getChildren().forEach(child -> shape(child, given, key));
        key.append(')');
    }

    /** A value: a placeholder when it became a parameter as is; numbers and flags always as they are. */
    private static void value(Object value, Set<Object> given, StringBuilder key) {
        if (value == null) {
            key.append('~');
        } else if (!(value instanceof Number || value instanceof Boolean) && given.contains(value)) {
            key.append('$');
        } else if (value instanceof Map<?, ?> map) {
            key.append('{');
            map.forEach((name, item) -> {
                key.append(name).append('=');
                value(item, given, key);
                key.append(',');
            });
            key.append('}');
        } else if (value instanceof Collection<?> list) {
            key.append('[');
            list.forEach(item -> {
                value(item, given, key);
                key.append(',');
            });
            key.append(']');
        } else {
            String text = value.toString();
            key.append(value.getClass().getSimpleName()).append(text.length()).append(':').append(text);
        }
    }
}
