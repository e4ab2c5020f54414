package io.accordgraph.state;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

import io.accordgraph.graph.Entity;
import io.accordgraph.graph.Props;

/** A country taking part in, sponsoring or disputed in negotiations. */
public record State(@Id @NonNull String id, @NonNull String name, @NonNull List<@NonNull String> aliases)
        implements Entity {

    public static State from(Value node) {
        return new State(Props.string(node, "id"), Props.string(node, "name"), Props.strings(node, "aliases"));
    }
}
