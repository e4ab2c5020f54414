package io.accordgraph.graph.filter;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("EntityWhere")
@Description("Filter on an entity of any kind, through the fields all kinds share.")
public record EntityWhere(IdFilter id, TextFilter name, TextFilter aliases, List<EntityWhere> AND,
        List<EntityWhere> OR, EntityWhere NOT) implements Where {

    @Override
    public List<Criterion> criteria() {
        return Where.of(id, name, aliases, AND, OR, NOT);
    }
}
