package io.accordgraph.talks;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

import io.accordgraph.graph.Entity;
import io.accordgraph.graph.Props;

/** A round of negotiations at one place and time. */
public record Talks(@Id @NonNull String id, @NonNull String name, @NonNull List<@NonNull String> aliases,
        @Description("Where the round meets.") String location,
        @Description("First day of the round (ISO date).") LocalDate startDate,
        @Description("Last day of the round (ISO date).") LocalDate endDate,
        @Description("What the sources say about the round as a whole.") String description) implements Entity {

    public static Talks from(Value node) {
        return new Talks(Props.string(node, "id"), Props.string(node, "name"), Props.strings(node, "aliases"),
                Props.string(node, "location"), Props.date(node, "startDate"), Props.date(node, "endDate"),
                Props.string(node, "description"));
    }
}
