package io.accordgraph.talks;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.accordgraph.delegation.DelegationRelationFilter;
import io.accordgraph.graph.filter.Criterion;
import io.accordgraph.graph.filter.DateFilter;
import io.accordgraph.graph.filter.IdFilter;
import io.accordgraph.graph.filter.RelationFilter;
import io.accordgraph.graph.filter.TextFilter;
import io.accordgraph.graph.filter.Where;
import io.accordgraph.state.StateRelationFilter;

@Input("TalksWhere")
@Description("Filter on rounds of talks. All given fields must hold; text matches ignore case.")
public record TalksWhere(IdFilter id,
        TextFilter name,
        TextFilter aliases,
        TextFilter location,
        DateFilter startDate,
        StateRelationFilter parties,
        StateRelationFilter sponsors,
        DelegationRelationFilter delegations,
        List<TalksWhere> AND,
        List<TalksWhere> OR,
        TalksWhere NOT) implements Where {

    @Override
    public List<Criterion> criteria() {
        return Where.of(id, name, aliases, AND, OR, NOT,
                TextFilter.on("location", location),
                DateFilter.on("startDate", startDate),
                RelationFilter.related("<-[:PARTY_TO]-", "State", parties),
                RelationFilter.related("<-[:SPONSORS]-", "State", sponsors),
                RelationFilter.related("<-[:PARTICIPATES_IN]-", "Delegation", delegations));
    }
}
