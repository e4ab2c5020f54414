package io.accordgraph.person;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

import io.accordgraph.graph.Props;
import io.accordgraph.source.Source;
import io.accordgraph.state.State;

/** An office a person holds in the service of a state, as a source reports it. */
@Description("An office a person holds for a state, with the reports that say so.")
public record Role(@NonNull String title, @NonNull State state,
        @Description("First day the role is known to hold, if the source says.") LocalDate since,
        @Description("Last day the role held, if it ended.") LocalDate until,
        @NonNull List<@NonNull Source> sources) {

    static Role from(Value fact) {
        return new Role(Props.string(fact, "title"), State.from(fact.get("node")), Props.date(fact, "since"),
                Props.date(fact, "until"), Source.listFrom(fact.get("sources")));
    }
}
