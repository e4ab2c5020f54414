package io.accordgraph.statement;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

import io.accordgraph.graph.Entity;
import io.accordgraph.graph.Props;

/** Something a person (or a state's or delegation's representatives) said, as a source reports it. */
public record Statement(@Id @NonNull String id, @NonNull String name, @NonNull List<@NonNull String> aliases,
        StatementKind kind,
        @Description("What was said: the speaker's words where `quoted`, otherwise the source's account of them.")
        String text,
        @Description("True when `text` holds the speaker's own words.") boolean quoted,
        @Description("When it was said, if the source says.") LocalDate date,
        @Description("How the source names the speaker when that is not a named person, e.g. `the Kremlin`.")
        String attributedTo)
        implements Entity {

    public static Statement from(Value node) {
        Value quoted = node.get("quoted");
        return new Statement(Props.string(node, "id"), Props.string(node, "name"), Props.strings(node, "aliases"),
                Props.enumValue(node, "kind", StatementKind.class), Props.string(node, "text"),
                !quoted.isNull() && quoted.asBoolean(), Props.date(node, "date"), Props.string(node, "attributedTo"));
    }
}
