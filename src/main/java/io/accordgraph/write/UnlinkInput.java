package io.accordgraph.write;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.accordgraph.bundle.RelationshipKind;

@Description("A fact to remove: its type and its two ends. For SERVES, `title` picks one role when a person holds "
        + "several; without it, every role between the two is removed.")
@Input("UnlinkInput")
public record UnlinkInput(@NonNull RelationshipKind type, @NonNull @Id String from, @NonNull @Id String to,
        String title) {
}
