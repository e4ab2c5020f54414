package io.accordgraph.source;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

import io.accordgraph.graph.Entity;
import io.accordgraph.graph.Props;

/** A report, article or agency dispatch that facts rest on. */
public record Source(@Id @NonNull String id, @NonNull String name, @NonNull List<@NonNull String> aliases,
        @Description("The title of the report, if it has one.") String title,
        @Description("Day of publication (ISO date), if known.") LocalDate publishedAt,
        String url,
        @Description("Who published it: an outlet or news agency.") String publisher) implements Entity {

    public static Source from(Value node) {
        return new Source(Props.string(node, "id"), Props.string(node, "name"), Props.strings(node, "aliases"),
                Props.string(node, "title"), Props.date(node, "publishedAt"), Props.string(node, "url"),
                Props.string(node, "publisher"));
    }

    /** The sources a relationship cites, from a list of node projections. */
    public static List<Source> listFrom(Value nodes) {
        return nodes.asList(Source::from);
    }
}
