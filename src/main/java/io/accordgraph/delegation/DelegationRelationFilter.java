package io.accordgraph.delegation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.accordgraph.graph.filter.RelationFilter;

@Input("DelegationRelationFilter")
@Description("Through a relationship: `some` related node matches, or `none` does.")
public record DelegationRelationFilter(DelegationWhere some, DelegationWhere none)
        implements RelationFilter<DelegationWhere> {
}
