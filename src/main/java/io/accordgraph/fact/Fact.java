package io.accordgraph.fact;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

import io.accordgraph.entity.Entities;
import io.accordgraph.graph.Cypher;
import io.accordgraph.graph.Entity;
import io.accordgraph.graph.Props;
import io.accordgraph.source.Source;

@Description("One relationship of the graph read as a statement, subject - predicate - object, with when it held "
        + "and the reports that say so, e.g. `Vladimir Medinsky` HEADS `Russian delegation`.")
public record Fact(@NonNull Entity subject,
        @NonNull @Description("The relationship type, e.g. `HEADS`, `CONTROLS`, `SERVES`.") String predicate,
        @NonNull Entity object,
        @Description("First day the fact is known to hold, if a source says.") LocalDate since,
        @Description("Last day it held, if it ended.") LocalDate until,
        @NonNull @Description("The fact's other properties, e.g. the `title` of a role.")
        List<@NonNull Attribute> attributes,
        @NonNull List<@NonNull Source> sources) {

    /** The Cypher value {@link #from} reads: relationship {@code r} from node {@code s} to node {@code o}. */
    public static final String PROJECTION = "{predicate: type(r), subject: " + Cypher.node("s") + ", object: "
            + Cypher.node("o") + ", since: r.since, until: r.until, properties: properties(r), sources: "
            + Cypher.citedSources("r") + "}";

    /** Properties shown in their own fields rather than as attributes. */
    private static final Set<String> OWN_FIELDS = Set.of("since", "until", "sources");

    public static Fact from(Value fact) {
        Map<String, Object> properties = fact.get("properties").asMap();
        List<Attribute> attributes = properties.entrySet().stream()
                .filter(e -> !OWN_FIELDS.contains(e.getKey()) && e.getValue() != null)
                .map(e -> new Attribute(e.getKey(), String.valueOf(e.getValue())))
                .sorted(Comparator.comparing(Attribute::key))
                .toList();
        return new Fact(Entities.from(fact.get("subject")), fact.get("predicate").asString(),
                Entities.from(fact.get("object")), Props.date(fact, "since"), Props.date(fact, "until"), attributes,
                Source.listFrom(fact.get("sources")));
    }
}
