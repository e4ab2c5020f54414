package io.accordgraph.graph;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * Config the server makes at its first start and keeps in {@link SecretFile}s, for settings that Quarkus reads
 * before any bean starts (the driver's password, the key that verifies tokens). Registered in
 * {@code META-INF/services/io.smallrye.config.ConfigSourceFactory}. Its ordinal is below application.properties and
 * the environment, so that a value set there is the one used.
 */
public abstract class GeneratedSecretSource implements ConfigSourceFactory {

    private static final int ORDINAL = 200;

    @Override
    public final Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // Quarkus also reads the config while it builds the application, and keeps the values it finds as defaults
        // inside the build: a secret made then would ship with the jar.
        if (ExecutionMode.current() == ExecutionMode.UNSET) {
            return List.of();
        }
        Map<String, String> values = values(context);
        return values.isEmpty() ? List.of() : List.of(new MapBackedConfigSource(name(), values, ORDINAL) {
        });
    }

    /** The settings to give, read from or written to their files; none when the user's config makes them moot. */
    protected abstract Map<String, String> values(ConfigSourceContext context);

    /** The source's name, which also tells a bean whether a setting came from it. */
    protected abstract String name();

    /** The value of {@code key} in the other sources, or {@code fallback}. */
    protected static String value(ConfigSourceContext context, String key, String fallback) {
        ConfigValue value = context.getValue(key);
        return value == null || value.getValue() == null ? fallback : value.getValue();
    }

    /** The value of {@code key} as written, before expressions in it are expanded; null when not set. */
    protected static String raw(ConfigSourceContext context, String key) {
        ConfigValue value = context.getValue(key);
        return value == null ? null : value.getRawValue();
    }
}
