package io.accordgraph.source;

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

@Input("SourceWhere")
@Description("Filter on sources. All given fields must hold; text matches ignore case.")
public record SourceWhere(IdFilter id,
        TextFilter name,
        TextFilter aliases,
        TextFilter publisher,
        DateFilter publishedAt,
        @Description("Entities the source reports.") EntityRelationFilter reports,
        List<SourceWhere> AND,
        List<SourceWhere> OR,
        SourceWhere NOT) implements Where {

    @Override
    public List<Criterion> criteria() {
        return Where.of(id, name, aliases, AND, OR, NOT,
                TextFilter.on("publisher", publisher),
                DateFilter.on("publishedAt", publishedAt),
                RelationFilter.related("<-[:REPORTED_BY]-", "Entity", reports));
    }
}
