package io.accordgraph.person;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.accordgraph.source.SourceInput;
import io.accordgraph.write.EntityInput;

@Description("A person to add, or to update when its id exists."
        + " Fields left out keep their values; a new one needs a name. Cite at least one source: `sources` by "
        + "id, `newSources` given inline.")
@Input("PersonInput")
public record PersonInput(@Id @NonNull String id, String name, List<String> aliases,
        @Id List<String> sources, List<SourceInput> newSources) implements EntityInput {
}
