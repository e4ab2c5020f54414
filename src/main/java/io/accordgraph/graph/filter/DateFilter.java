package io.accordgraph.graph.filter;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Date conditions; a node without the date matches none of them. */
@Input("DateFilter")
@Description("Date conditions (ISO dates), all of which must hold: `eq`, `before`, `after`, `onOrBefore`, "
        + "`onOrAfter`. A node without the date matches none.")
public record DateFilter(LocalDate eq, LocalDate before, LocalDate after, LocalDate onOrBefore,
        LocalDate onOrAfter) {

    public static Criterion on(String property, DateFilter filter) {
        return (v, p) -> {
            if (filter == null) {
                return null;
            }
            String value = v + "." + property;
            return Conditions.and(
                    filter.eq == null ? null : value + " = " + p.add(filter.eq),
                    filter.before == null ? null : value + " < " + p.add(filter.before),
                    filter.after == null ? null : value + " > " + p.add(filter.after),
                    filter.onOrBefore == null ? null : value + " <= " + p.add(filter.onOrBefore),
                    filter.onOrAfter == null ? null : value + " >= " + p.add(filter.onOrAfter));
        };
    }
}
