package io.accordgraph.write;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.accordgraph.fact.Fact;

/** Adds and removes the facts that link two nodes: membership, roles, control, claims and the rest. */
@GraphQLApi
public class LinkMutations {

    private final GraphWrites writes;

    LinkMutations(GraphWrites writes) {
        this.writes = writes;
    }

    @Mutation
    @Description("States a fact linking two nodes, with its sources; the same link again changes nothing but adds "
            + "new sources. Returns the fact as stored.")
    public @NonNull Fact link(@NonNull LinkInput input) {
        return writes.link(input);
    }

    @Mutation
    @Description("Removes a fact linking two nodes; returns how many were removed.")
    public int unlink(@NonNull UnlinkInput input) {
        return writes.unlink(input);
    }
}
