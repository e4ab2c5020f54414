package io.accordgraph.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A report to add, or to update when its id exists: fields left out keep their values. A new source "
        + "needs a name.")
@Input("SourceInput")
public record SourceInput(@Id @NonNull String id, String name, List<String> aliases,
        String title, @Description("ISO date, e.g. 2026-02-17.") String publishedAt, String url, String publisher,
        @Description("Ids of reports that relay this one, e.g. an article quoting a news agency.")
        @Id List<String> citedIn) {
}
