package io.accordgraph.delegation;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.accordgraph.graph.filter.Criterion;
import io.accordgraph.graph.filter.IdFilter;
import io.accordgraph.graph.filter.RelationFilter;
import io.accordgraph.graph.filter.TextFilter;
import io.accordgraph.graph.filter.Where;
import io.accordgraph.person.PersonRelationFilter;
import io.accordgraph.state.StateRelationFilter;
import io.accordgraph.talks.TalksRelationFilter;

@Input("DelegationWhere")
@Description("Filter on delegations. All given fields must hold; text matches ignore case.")
public record DelegationWhere(IdFilter id,
        TextFilter name,
        TextFilter aliases,
        StateRelationFilter represents,
        PersonRelationFilter members,
        TalksRelationFilter talks,
        List<DelegationWhere> AND,
        List<DelegationWhere> OR,
        DelegationWhere NOT) implements Where {

    @Override
    public List<Criterion> criteria() {
        return Where.of(id, name, aliases, AND, OR, NOT,
                RelationFilter.related("-[:REPRESENTS]->", "State", represents),
                RelationFilter.related("<-[:MEMBER_OF]-", "Person", members),
                RelationFilter.related("-[:PARTICIPATES_IN]->", "Talks", talks));
    }
}
