package io.accordgraph.statement;

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

@Input("StatementWhere")
@Description("Filter on statements. All given fields must hold; text matches ignore case.")
public record StatementWhere(IdFilter id,
        TextFilter name,
        TextFilter aliases,
        TextFilter text,
        DateFilter date,
        EntityRelationFilter speaker,
        EntityRelationFilter about,
        List<StatementWhere> AND,
        List<StatementWhere> OR,
        StatementWhere NOT) implements Where {

    @Override
    public List<Criterion> criteria() {
        return Where.of(id, name, aliases, AND, OR, NOT,
                TextFilter.on("text", text),
                DateFilter.on("date", date),
                RelationFilter.related("<-[:MADE]-", "Entity", speaker),
                RelationFilter.related("-[:ABOUT]->", "Entity", about));
    }
}
