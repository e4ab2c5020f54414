package io.accordgraph.statement;

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

@Description("A statement to add, or to update when its id exists."
        + " Fields left out keep their values; a new one needs a name. Cite at least one source: `sources` by "
        + "id, `newSources` given inline.")
@Input("StatementInput")
public record StatementInput(@Id @NonNull String id, String name, List<String> aliases,
        @Description("The state, person or delegation that made it.") @Id String speaker,
        StatementKind kind, String text, Boolean quoted, @Description("ISO date, e.g. 2026-02-17.") String date,
        String attributedTo,
        @Description("Whatever the statement is about, of any kind.") @Id List<String> about,
        @Id List<String> sources, List<SourceInput> newSources) implements EntityInput {

    @Override
    public Map<String, Object> properties() {
        return GivenFields.of("kind", kind, "text", text, "quoted", quoted, "date", date,
                "attributedTo", attributedTo);
    }

    @Override
    public List<InputLink> links() {
        return Stream.concat(InputLink.from(RelationshipKind.MADE, speaker, id, "speaker").stream(),
                InputLink.toEach(RelationshipKind.ABOUT, id, about, "about").stream()).toList();
    }
}
