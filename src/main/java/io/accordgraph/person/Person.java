package io.accordgraph.person;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

import io.accordgraph.graph.Entity;
import io.accordgraph.graph.Props;

/** A named individual: a negotiator, an official, a spokesman. */
public record Person(@Id @NonNull String id, @NonNull String name, @NonNull List<@NonNull String> aliases)
        implements Entity {

    public static Person from(Value node) {
        return new Person(Props.string(node, "id"), Props.string(node, "name"), Props.strings(node, "aliases"));
    }
}
