package io.accordgraph.graph.filter;

import org.eclipse.microprofile.graphql.Input;

@Input("EntityRelationFilter")
public record EntityRelationFilter(EntityWhere some, EntityWhere none) implements RelationFilter<EntityWhere> {
}
