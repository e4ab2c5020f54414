package io.accordgraph.delegation;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

import io.accordgraph.graph.Props;
import io.accordgraph.source.Source;
import io.accordgraph.talks.Talks;

@Description("A delegation's journey to a round of talks, with the reports that describe it.")
public record Travel(@NonNull Talks talks,
        @Description("Where the delegation arrived, e.g. an airport.") String arrivedAt,
        @Description("When it arrived, if the source says.") LocalDate date,
        @Description("The aircraft or vehicle, e.g. `Il-96`.") String aircraft,
        @Description("Who operated it, in the source's words.") String operator,
        @NonNull List<@NonNull Source> sources) {

    static Travel from(Value fact) {
        return new Travel(Talks.from(fact.get("node")), Props.string(fact, "arrivedAt"), Props.date(fact, "date"),
                Props.string(fact, "aircraft"), Props.string(fact, "operator"), Source.listFrom(fact.get("sources")));
    }
}
