package io.accordgraph.person;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.accordgraph.graph.filter.RelationFilter;

@Input("PersonRelationFilter")
@Description("Through a relationship: `some` related node matches, or `none` does.")
public record PersonRelationFilter(PersonWhere some, PersonWhere none)
        implements RelationFilter<PersonWhere> {
}
