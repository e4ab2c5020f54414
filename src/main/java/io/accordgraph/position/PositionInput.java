package io.accordgraph.position;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.accordgraph.bundle.RelationshipKind;
import io.accordgraph.source.SourceInput;
import io.accordgraph.write.EntityInput;
import io.accordgraph.write.GivenFields;
import io.accordgraph.write.InputLink;

@Description("A position to add, or to update when its id exists."
        + " Fields left out keep their values; a new one needs a name. Cite at least one source: `sources` by "
        + "id, `newSources` given inline.")
@Input("PositionInput")
public record PositionInput(@Id @NonNull String id, String name, List<String> aliases,
        @Description("The state, person or delegation that takes the position.") @Id String holder,
        Stance stance, String summary, @Description("ISO date, e.g. 2026-02-17.") String date,
        @Description("The asset or issue it is about.") @Id String concerns,
        @Id List<String> sources, List<SourceInput> newSources) implements EntityInput {

    @Override
    public Map<String, Object> properties() {
        return GivenFields.of("stance", stance, "summary", summary, "date", date);
    }

    @Override
    public List<InputLink> links() {
        return Stream.concat(InputLink.from(RelationshipKind.TAKES, holder, id, "holder").stream(),
                InputLink.to(RelationshipKind.CONCERNS, id, concerns, "concerns").stream()).toList();
    }
}
