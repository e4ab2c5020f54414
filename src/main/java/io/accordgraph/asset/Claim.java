package io.accordgraph.asset;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

import io.accordgraph.graph.Props;
import io.accordgraph.source.Source;
import io.accordgraph.state.State;

@Description("A state's claim to a disputed asset, with the reports that say so.")
public record Claim(@NonNull State state,
        @Description("What the claim rests on in the source, e.g. a demand made at the talks.") String basis,
        @Description("First day the claim is known to hold, if the source says.") LocalDate since,
        @Description("Last day it held, if it was dropped.") LocalDate until,
        @NonNull List<@NonNull Source> sources) {

    static Claim from(Value fact) {
        return new Claim(State.from(fact.get("node")), Props.string(fact, "basis"), Props.date(fact, "since"),
                Props.date(fact, "until"), Source.listFrom(fact.get("sources")));
    }
}
