package io.accordgraph.read;

import java.util.EnumSet;
import java.util.Set;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.SymbolicName;

import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.GroupKey;
import io.accordgraph.read.Projector.Projected;

/** The {@link GroupKey}s of the model compiled for the rows an aggregate counts. */
final class GroupKeys {

    private GroupKeys() {
    }

    /** A key of nodes of {@code kind} bound to {@code x}. */
    static Aggregation.Key ofNodes(Projector c, EntityType kind, SymbolicName x, GroupKey key) {
        return switch (key.source()) {
            case PROPERTY -> value(x.property(key.property().name()), Checked.property(kind.label(), key.property()));
            case BUCKET -> value(Cypher.substring(Cypher.toString(x.property(key.property().name())),
                    Cypher.literalOf(0), Cypher.literalOf(key.bucket().length())), Conversion.PLAIN);
            case RELATION -> node(c, RelationWalk.one(c, x, key.relation()), false, key.relation().targets());
            default -> throw new IllegalArgumentException(key.name() + " is not a key of nodes");
        };
    }

    /** A key of facts bound to {@code r}: their type, or each source they cite. */
    static Aggregation.Key ofFacts(Projector c, SymbolicName r, GroupKey key) {
        return key.source() == GroupKey.Source.PREDICATE ? value(Cypher.type(r), Conversion.PLAIN)
                : node(c, CitedSources.nodes(c, r), true, EnumSet.of(EntityType.SOURCE));
    }

    /** A key whose value is the group's value. */
    private static Aggregation.Key value(Expression value, Conversion conversion) {
        return new Aggregation.Key(value, false, k -> k, (k, field) -> new Projected(k, conversion));
    }

    /** A key whose value is a node (or, {@code many}, a list of nodes), sorted by id; a group without one has null. */
    private static Aggregation.Key node(Projector c, Expression value, boolean many, Set<EntityType> kinds) {
        return new Aggregation.Key(value, many, k -> k.property("id"), (k, field) -> {
            Projected node = NodeProjection.of(c, k, kinds, field);
            return new Projected(Cypher.caseExpression().when(k.isNull()).then(Cypher.literalNull())
                    .elseDefault(node.cypher()), node.conversion());
        });
    }
}
