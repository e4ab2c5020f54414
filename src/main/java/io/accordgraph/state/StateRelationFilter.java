package io.accordgraph.state;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.accordgraph.graph.filter.RelationFilter;

@Input("StateRelationFilter")
@Description("Through a relationship: `some` related node matches, or `none` does.")
public record StateRelationFilter(StateWhere some, StateWhere none)
        implements RelationFilter<StateWhere> {
}
