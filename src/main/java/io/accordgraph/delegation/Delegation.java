package io.accordgraph.delegation;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

import io.accordgraph.graph.Entity;
import io.accordgraph.graph.Props;

/** The team one state sends to talks. */
public record Delegation(@Id @NonNull String id, @NonNull String name, @NonNull List<@NonNull String> aliases)
        implements Entity {

    public static Delegation from(Value node) {
        return new Delegation(Props.string(node, "id"), Props.string(node, "name"), Props.strings(node, "aliases"));
    }
}
