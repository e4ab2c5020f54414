package io.accordgraph.asset;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

import io.accordgraph.graph.Props;
import io.accordgraph.source.Source;
import io.accordgraph.state.State;

@Description("A state's hold on a disputed asset, with the reports that say so.")
public record Control(@NonNull State state, @NonNull ControlExtent extent,
        @Description("How large a share the state holds, in the source's words, e.g. `about 20%`.") String share,
        @Description("What the source adds about this control, e.g. how it came about.") String note,
        @Description("First day the control is known to hold, if the source says.") LocalDate since,
        @Description("Last day it held, if it ended.") LocalDate until,
        @NonNull List<@NonNull Source> sources) {

    static Control from(Value fact) {
        return new Control(State.from(fact.get("node")), Props.enumValue(fact, "extent", ControlExtent.class),
                Props.string(fact, "share"), Props.string(fact, "note"), Props.date(fact, "since"),
                Props.date(fact, "until"), Source.listFrom(fact.get("sources")));
    }
}
