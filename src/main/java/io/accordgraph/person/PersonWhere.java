package io.accordgraph.person;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.accordgraph.delegation.DelegationRelationFilter;
import io.accordgraph.graph.filter.Criterion;
import io.accordgraph.graph.filter.IdFilter;
import io.accordgraph.graph.filter.RelationFilter;
import io.accordgraph.graph.filter.TextFilter;
import io.accordgraph.graph.filter.Where;
import io.accordgraph.state.StateRelationFilter;

@Input("PersonWhere")
@Description("Filter on persons. All given fields must hold; text matches ignore case.")
public record PersonWhere(IdFilter id,
        TextFilter name,
        TextFilter aliases,
        DelegationRelationFilter memberOf,
        DelegationRelationFilter heads,
        @Description("States the person holds a role for.") StateRelationFilter serves,
        List<PersonWhere> AND,
        List<PersonWhere> OR,
        PersonWhere NOT) implements Where {

    @Override
    public List<Criterion> criteria() {
        return Where.of(id, name, aliases, AND, OR, NOT,
                RelationFilter.related("-[:MEMBER_OF]->", "Delegation", memberOf),
                RelationFilter.related("-[:HEADS]->", "Delegation", heads),
                RelationFilter.related("-[:SERVES]->", "State", serves));
    }
}
