package io.accordgraph.workinggroup;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.accordgraph.graph.filter.Criterion;
import io.accordgraph.graph.filter.IdFilter;
import io.accordgraph.graph.filter.RelationFilter;
import io.accordgraph.graph.filter.TextFilter;
import io.accordgraph.graph.filter.Where;
import io.accordgraph.person.PersonRelationFilter;
import io.accordgraph.talks.TalksRelationFilter;

@Input("WorkingGroupWhere")
@Description("Filter on working groups. All given fields must hold; text matches ignore case.")
public record WorkingGroupWhere(IdFilter id,
        TextFilter name,
        TextFilter aliases,
        TextFilter focus,
        TalksRelationFilter talks,
        PersonRelationFilter members,
        List<WorkingGroupWhere> AND,
        List<WorkingGroupWhere> OR,
        WorkingGroupWhere NOT) implements Where {

    @Override
    public List<Criterion> criteria() {
        return Where.of(id, name, aliases, AND, OR, NOT,
                TextFilter.on("focus", focus),
                RelationFilter.related("-[:PART_OF]->", "Talks", talks),
                RelationFilter.related("<-[:MEMBER_OF]-", "Person", members));
    }
}
