package io.accordgraph.quality;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Nodes or facts whose stored value of one property does not fit the model, as data written by another "
        + "program may not. Reads answer such fields with a fallback and an INVALID_DATA error.")
public record DataProblem(
        @NonNull @Description("The kind of node (e.g. `DisputedAsset`) or the relationship type (e.g. `CONTROLS`).")
        String owner,
        @NonNull @Description("The property, e.g. `kind`; `labels` for nodes that have none of the kinds' labels.")
        String property,
        @NonNull @Description("What the model expects it to hold, e.g. `a value of AssetKind`.") String expected,
        @NonNull @Description("How many nodes or facts break it.") int count,
        @NonNull @Description("Up to five of them: node ids, or `from-id -> to-id` for facts.")
        List<@NonNull String> examples) {
}
