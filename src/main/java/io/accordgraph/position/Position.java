package io.accordgraph.position;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

import io.accordgraph.graph.Entity;
import io.accordgraph.graph.Props;

/** What a state, person or delegation demands, rejects or proposes about an asset or an issue. */
public record Position(@Id @NonNull String id, @NonNull String name, @NonNull List<@NonNull String> aliases,
        Stance stance,
        @Description("The position in a sentence, as the source puts it.") String summary,
        @Description("When the position was stated, if the source says.") LocalDate date) implements Entity {

    public static Position from(Value node) {
        return new Position(Props.string(node, "id"), Props.string(node, "name"), Props.strings(node, "aliases"),
                Props.enumValue(node, "stance", Stance.class), Props.string(node, "summary"),
                Props.date(node, "date"));
    }
}
