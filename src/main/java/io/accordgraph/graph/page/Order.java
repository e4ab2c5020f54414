package io.accordgraph.graph.page;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("Order")
@Description("One sort key; lists sort by the keys in the order given, then by id, so that pages are stable.")
public record Order(@NonNull OrderField field, @DefaultValue("ASC") SortDirection direction) {
}
