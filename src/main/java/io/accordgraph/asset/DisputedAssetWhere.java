package io.accordgraph.asset;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.accordgraph.graph.filter.Criterion;
import io.accordgraph.graph.filter.IdFilter;
import io.accordgraph.graph.filter.RelationFilter;
import io.accordgraph.graph.filter.TextFilter;
import io.accordgraph.graph.filter.Where;
import io.accordgraph.state.StateRelationFilter;

@Input("DisputedAssetWhere")
@Description("Filter on disputed assets. All given fields must hold; text matches ignore case.")
public record DisputedAssetWhere(IdFilter id,
        TextFilter name,
        TextFilter aliases,
        StateRelationFilter controlledBy,
        StateRelationFilter claimedBy,
        List<DisputedAssetWhere> AND,
        List<DisputedAssetWhere> OR,
        DisputedAssetWhere NOT) implements Where {

    @Override
    public List<Criterion> criteria() {
        return Where.of(id, name, aliases, AND, OR, NOT,
                RelationFilter.related("<-[:CONTROLS]-", "State", controlledBy),
                RelationFilter.related("<-[:CLAIMS]-", "State", claimedBy));
    }
}
