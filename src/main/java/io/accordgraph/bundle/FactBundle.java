package io.accordgraph.bundle;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A self-contained set of facts with their provenance, as JSON: the reports, the entities they mention and the
 * relationships between them, each citing report ids. The seed data, every import and every export use this one
 * format. Dates are ISO strings such as {@code 2026-02-17}, checked by the validator with every other problem.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactBundle(String format, List<SourceEntry> sources, List<EntityEntry> entities,
        List<RelationshipEntry> relationships) {

    public static final String FORMAT = "accord-graph/fact-bundle@1";

    public FactBundle {
        sources = sources == null ? List.of() : sources;
        entities = entities == null ? List.of() : entities;
        relationships = relationships == null ? List.of() : relationships;
    }

    /** A report. {@code citedIn} lists reports that relay it (a news agency quoted by an article). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceEntry(String id, String name, List<String> aliases, String title, String publishedAt,
            String url, String publisher, List<String> citedIn) {
    }

    /**
     * A node of any kind but Source; {@code type} is a label such as {@code Person}. Where its sources differ on its
     * name or properties, {@code statedBy} says what each of them states, and the entry's own values are the ones the
     * node shows (the most recently published source's).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntityEntry(String type, String id, String name, List<String> aliases,
            Map<String, Object> properties, List<String> sources, List<Statement> statedBy) {

        public EntityEntry(String type, String id, String name, List<String> aliases, Map<String, Object> properties,
                List<String> sources) {
            this(type, id, name, aliases, properties, sources, null);
        }
    }

    /** What some of an entity's sources state of it: its name and properties as they give them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Statement(List<String> sources, String name, Map<String, Object> properties) {
    }

    /** A fact linking two nodes, such as {@code HEADS}; {@code since} and {@code until} bound when it holds. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RelationshipEntry(String type, String from, String to, Map<String, Object> properties,
            String since, String until, List<String> sources) {
    }
}
