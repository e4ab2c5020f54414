package io.accordgraph.asset;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.accordgraph.source.SourceInput;
import io.accordgraph.write.EntityInput;
import io.accordgraph.write.GivenFields;

@Description("A disputed asset to add, or to update when its id exists."
        + " Fields left out keep their values; a new one needs a name. Cite at least one source: `sources` by "
        + "id, `newSources` given inline.")
@Input("DisputedAssetInput")
public record DisputedAssetInput(@Id @NonNull String id, String name, List<String> aliases,
        AssetKind kind, String description,
        @Id List<String> sources, List<SourceInput> newSources) implements EntityInput {

    @Override
    public Map<String, Object> properties() {
        return GivenFields.of("kind", kind, "description", description);
    }
}
