package io.accordgraph.read;

import java.util.EnumSet;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.read.Projector.Projected;

/** The sources a relationship cites by id, each projected as a node, or listed as nodes for grouping. */
final class CitedSources {

    private CitedSources() {
    }

    /** The sources of the relationship bound to {@code r}, known on the projector's day. */
    static Projected of(Projector c, SymbolicName r, ExecutableNormalizedField field) {
        Node s = source(c);
        Projected source = NodeProjection.of(c, s.getRequiredSymbolicName(), EnumSet.of(EntityType.SOURCE), field);
        return new Projected(Cypher.collect(cited(c, r, s).with(s).orderBy(s.property("id").ascending())
                .returning(source.cypher()).build()), source.conversion().eachOf());
    }

    /** The same sources as a list of nodes, for grouping facts by them. */
    static Expression nodes(Projector c, SymbolicName r) {
        Node s = source(c);
        return Cypher.collect(cited(c, r, s).returning(s.getRequiredSymbolicName()).build());
    }

    private static Node source(Projector c) {
        return Cypher.node(EntityType.SOURCE.label()).named(c.parameters().fresh("s"));
    }

    private static StatementBuilder.OngoingReadingWithWhere cited(Projector c, SymbolicName r, Node s) {
        return Cypher.match(s).where(Claim.cites(r, s).and(c.known(s.getRequiredSymbolicName())));
    }
}
