package io.accordgraph.delegation;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.accordgraph.source.SourceInput;
import io.accordgraph.write.EntityInput;

@Description("A delegation to add, or to update when its id exists. Link it with `link`: REPRESENTS, PARTICIPATES_IN, HEADS, MEMBER_OF."
        + " Fields left out keep their values; a new one needs a name. Cite at least one source: `sources` by "
        + "id, `newSources` given inline.")
@Input("DelegationInput")
public record DelegationInput(@Id @NonNull String id, String name, List<String> aliases,
        @Id List<String> sources, List<SourceInput> newSources) implements EntityInput {
}
