package io.accordgraph.graph.page;

import org.eclipse.microprofile.graphql.Description;

@Description("What to sort by. `DATE` is the kind's own date: `startDate` of talks, `date` of positions and "
        + "statements, `publishedAt` of sources; nodes without one come first in ascending order.")
public enum OrderField {
    NAME,
    ID,
    DATE
}
