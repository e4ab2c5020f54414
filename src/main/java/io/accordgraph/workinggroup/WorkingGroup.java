package io.accordgraph.workinggroup;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

import io.accordgraph.graph.Entity;
import io.accordgraph.graph.Props;

/** A group set up beside the main table of a round to work on one subject. */
public record WorkingGroup(@Id @NonNull String id, @NonNull String name, @NonNull List<@NonNull String> aliases,
        @Description("The subject the group works on.") String focus) implements Entity {

    public static WorkingGroup from(Value node) {
        return new WorkingGroup(Props.string(node, "id"), Props.string(node, "name"), Props.strings(node, "aliases"),
                Props.string(node, "focus"));
    }
}
