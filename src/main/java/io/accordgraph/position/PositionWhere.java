package io.accordgraph.position;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.accordgraph.graph.filter.Criterion;
import io.accordgraph.graph.filter.DateFilter;
import io.accordgraph.graph.filter.EntityRelationFilter;
import io.accordgraph.graph.filter.IdFilter;
import io.accordgraph.graph.filter.RelationFilter;
import io.accordgraph.graph.filter.TextFilter;
import io.accordgraph.graph.filter.Where;

@Input("PositionWhere")
@Description("Filter on positions. All given fields must hold; text matches ignore case.")
public record PositionWhere(IdFilter id,
        TextFilter name,
        TextFilter aliases,
        DateFilter date,
        TextFilter summary,
        EntityRelationFilter holder,
        EntityRelationFilter concerns,
        List<PositionWhere> AND,
        List<PositionWhere> OR,
        PositionWhere NOT) implements Where {

    @Override
    public List<Criterion> criteria() {
        return Where.of(id, name, aliases, AND, OR, NOT,
                DateFilter.on("date", date),
                TextFilter.on("summary", summary),
                RelationFilter.related("<-[:TAKES]-", "Entity", holder),
                RelationFilter.related("-[:CONCERNS]->", "Entity", concerns));
    }
}
