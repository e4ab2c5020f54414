package io.accordgraph.issue;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.accordgraph.asset.DisputedAssetRelationFilter;
import io.accordgraph.graph.filter.Criterion;
import io.accordgraph.graph.filter.IdFilter;
import io.accordgraph.graph.filter.RelationFilter;
import io.accordgraph.graph.filter.TextFilter;
import io.accordgraph.graph.filter.Where;
import io.accordgraph.state.StateRelationFilter;

@Input("IssueWhere")
@Description("Filter on issues. All given fields must hold; text matches ignore case.")
public record IssueWhere(IdFilter id,
        TextFilter name,
        TextFilter aliases,
        StateRelationFilter disputedBy,
        DisputedAssetRelationFilter assets,
        List<IssueWhere> AND,
        List<IssueWhere> OR,
        IssueWhere NOT) implements Where {

    @Override
    public List<Criterion> criteria() {
        return Where.of(id, name, aliases, AND, OR, NOT,
                RelationFilter.related("<-[:DISPUTES]-", "State", disputedBy),
                RelationFilter.related("-[:INVOLVES]->", "DisputedAsset", assets));
    }
}
