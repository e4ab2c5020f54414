package io.accordgraph.talks;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.accordgraph.graph.filter.RelationFilter;

@Input("TalksRelationFilter")
@Description("Through a relationship: `some` related node matches, or `none` does.")
public record TalksRelationFilter(TalksWhere some, TalksWhere none)
        implements RelationFilter<TalksWhere> {
}
