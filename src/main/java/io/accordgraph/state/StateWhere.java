package io.accordgraph.state;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.accordgraph.asset.DisputedAssetRelationFilter;
import io.accordgraph.delegation.DelegationRelationFilter;
import io.accordgraph.graph.filter.Criterion;
import io.accordgraph.graph.filter.IdFilter;
import io.accordgraph.graph.filter.RelationFilter;
import io.accordgraph.graph.filter.TextFilter;
import io.accordgraph.graph.filter.Where;
import io.accordgraph.talks.TalksRelationFilter;

@Input("StateWhere")
@Description("Filter on states. All given fields must hold; text matches ignore case.")
public record StateWhere(IdFilter id,
        TextFilter name,
        TextFilter aliases,
        DelegationRelationFilter delegations,
        DisputedAssetRelationFilter controls,
        DisputedAssetRelationFilter claims,
        @Description("Talks the state is a party to.") TalksRelationFilter talks,
        List<StateWhere> AND,
        List<StateWhere> OR,
        StateWhere NOT) implements Where {

    @Override
    public List<Criterion> criteria() {
        return Where.of(id, name, aliases, AND, OR, NOT,
                RelationFilter.related("<-[:REPRESENTS]-", "Delegation", delegations),
                RelationFilter.related("-[:CONTROLS]->", "DisputedAsset", controls),
                RelationFilter.related("-[:CLAIMS]->", "DisputedAsset", claims),
                RelationFilter.related("-[:PARTY_TO]->", "Talks", talks));
    }
}
