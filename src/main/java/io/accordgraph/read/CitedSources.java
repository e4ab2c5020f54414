package io.accordgraph.read;

import java.util.EnumSet;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.read.Projector.Projected;

/** The sources a relationship cites by id, by id, each projected as a node. */
final class CitedSources {

    private CitedSources() {
    }

    /** The sources of the relationship bound to {@code r}, known on the projector's day. */
    static Projected of(Projector c, String r, ExecutableNormalizedField field) {
        String s = c.parameters().fresh("s");
        Projected source = NodeProjection.of(c, s, EnumSet.of(EntityType.SOURCE), field);
        return new Projected("COLLECT { MATCH (" + s + ":" + EntityType.SOURCE.label() + ") WHERE " + s + ".id IN "
                + r + "." + Predicate.SOURCES + " AND " + c.known(s) + " WITH " + s + " ORDER BY " + s + ".id RETURN "
                + source.cypher() + " }", source.conversion().eachOf());
    }
}
