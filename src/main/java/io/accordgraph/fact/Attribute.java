package io.accordgraph.fact;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A property of a fact, such as the `title` of a role or the `extent` of control, as text.")
public record Attribute(@NonNull String key, @NonNull String value) {
}
