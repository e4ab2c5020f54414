package io.accordgraph.fact;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A chain of facts linking two entities, in order from the first to the second; each fact keeps its "
        + "own direction (subject - predicate - object) and sources.")
public record FactPath(@NonNull @Description("How many facts the chain has.") int length,
        @NonNull List<@NonNull Fact> facts) {
}
