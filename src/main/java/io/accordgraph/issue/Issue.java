package io.accordgraph.issue;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

import io.accordgraph.graph.Entity;
import io.accordgraph.graph.Props;

/** A question the parties negotiate or are divided on, such as territory. */
public record Issue(@Id @NonNull String id, @NonNull String name, @NonNull List<@NonNull String> aliases,
        @Description("What the sources say about the issue.") String description) implements Entity {

    public static Issue from(Value node) {
        return new Issue(Props.string(node, "id"), Props.string(node, "name"), Props.strings(node, "aliases"),
                Props.string(node, "description"));
    }
}
