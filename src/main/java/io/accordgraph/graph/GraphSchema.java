package io.accordgraph.graph;

import java.util.Locale;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.neo4j.driver.Driver;

import io.quarkus.runtime.StartupEvent;

/**
 * Makes sure the database has the constraints the graph relies on: ids are unique per label and across labels
 * (through the shared {@code Entity} label), and each uniqueness constraint gives the index that id lookups use.
 */
@ApplicationScoped
public class GraphSchema {

    private final Driver driver;

    GraphSchema(Driver driver) {
        this.driver = driver;
    }

    // After the embedded server has started (PLATFORM_BEFORE), before the seed is loaded (default priority).
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100) StartupEvent event) {
        ensure();
    }

    public void ensure() {
        uniqueId(EntityType.ENTITY_LABEL);
        for (EntityType type : EntityType.values()) {
            uniqueId(type.label());
        }
    }

    // Labels come from EntityType, never from a request: schema commands cannot take them as parameters.
    private void uniqueId(String label) {
        String name = label.toLowerCase(Locale.ROOT) + "_id";
        driver.executableQuery("CREATE CONSTRAINT " + name + " IF NOT EXISTS FOR (n:" + label
                + ") REQUIRE n.id IS UNIQUE").withParameters(Map.of()).execute();
    }
}
