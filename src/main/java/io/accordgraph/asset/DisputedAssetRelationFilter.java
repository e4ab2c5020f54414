package io.accordgraph.asset;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.accordgraph.graph.filter.RelationFilter;

@Input("DisputedAssetRelationFilter")
@Description("Through a relationship: `some` related node matches, or `none` does.")
public record DisputedAssetRelationFilter(DisputedAssetWhere some, DisputedAssetWhere none)
        implements RelationFilter<DisputedAssetWhere> {
}
