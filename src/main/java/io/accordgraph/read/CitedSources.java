package io.accordgraph.read;

import java.util.EnumSet;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SymbolicName;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.read.Projector.Projected;

/** The sources a relationship cites by id, by id, each projected as a node. */
final class CitedSources {

    private CitedSources() {
    }

    /** The sources of the relationship bound to {@code r}, known on the projector's day. */
    static Projected of(Projector c, SymbolicName r, ExecutableNormalizedField field) {
        Node s = Cypher.node(EntityType.SOURCE.label()).named(c.parameters().fresh("s"));
        SymbolicName name = s.getRequiredSymbolicName();
        Projected source = NodeProjection.of(c, name, EnumSet.of(EntityType.SOURCE), field);
        return new Projected(Cypher.collect(Cypher.match(s)
                .where(Claim.cites(r, s).and(c.known(name)))
                .with(s).orderBy(s.property("id").ascending()).returning(source.cypher()).build()),
                source.conversion().eachOf());
    }
}
