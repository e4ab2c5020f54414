package io.accordgraph.write;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.accordgraph.asset.ControlExtent;
import io.accordgraph.bundle.RelationshipKind;
import io.accordgraph.source.SourceInput;

@Description("A fact linking two nodes. Each type takes its own properties: SERVES `title` (required); CONTROLS "
        + "`extent`, `share`, `note`; CLAIMS `basis`; TRAVELLED_TO `arrivedAt`, `date`, `aircraft`, `operator`. "
        + "Linking again adds the sources given to those the fact already cites.")
@Input("LinkInput")
public record LinkInput(@NonNull RelationshipKind type, @NonNull @Id String from, @NonNull @Id String to,
        @Description("First day the fact holds, as an ISO date such as 2026-02-17, if known.") String since,
        @Description("Last day it held (ISO date), if it ended.") String until,
        String title, ControlExtent extent, String share, String note, String basis,
        String arrivedAt, @Description("ISO date.") String date, String aircraft, String operator,
        @Id List<String> sources, List<SourceInput> newSources) {

    Map<String, Object> properties() {
        return GivenFields.of("title", title, "extent", extent, "share", share, "note", note, "basis", basis,
                "arrivedAt", arrivedAt, "date", date, "aircraft", aircraft, "operator", operator);
    }
}
