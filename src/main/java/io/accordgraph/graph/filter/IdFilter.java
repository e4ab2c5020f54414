package io.accordgraph.graph.filter;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Id;

/** Exact match on ids, so that the uniqueness constraint's index serves it. */
@Input("IdFilter")
@Description("Matches ids exactly: `eq` one id, `in` any of a list.")
public record IdFilter(@Id String eq, @Id List<String> in) {

    public static Criterion on(IdFilter filter) {
        return (v, p) -> filter == null ? null : Conditions.and(
                filter.eq == null ? null : v + ".id = " + p.add(filter.eq),
                filter.in == null ? null : v + ".id IN " + p.add(filter.in));
    }
}
