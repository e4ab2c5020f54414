package io.accordgraph.issue;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.accordgraph.source.SourceInput;
import io.accordgraph.write.EntityInput;
import io.accordgraph.write.GivenFields;

@Description("An issue to add, or to update when its id exists."
        + " Fields left out keep their values; a new one needs a name. Cite at least one source: `sources` by "
        + "id, `newSources` given inline.")
@Input("IssueInput")
public record IssueInput(@Id @NonNull String id, String name, List<String> aliases,
        String description,
        @Id List<String> sources, List<SourceInput> newSources) implements EntityInput {

    @Override
    public Map<String, Object> properties() {
        return GivenFields.of("description", description);
    }
}
