package io.accordgraph.state;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.accordgraph.source.SourceInput;
import io.accordgraph.write.EntityInput;

@Description("A state to add, or to update when its id exists."
        + " Fields left out keep their values; a new one needs a name. Cite at least one source: `sources` by "
        + "id, `newSources` given inline.")
@Input("StateInput")
public record StateInput(@Id @NonNull String id, String name, List<String> aliases,
        @Id List<String> sources, List<SourceInput> newSources) implements EntityInput {
}
