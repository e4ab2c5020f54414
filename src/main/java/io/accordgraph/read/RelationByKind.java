package io.accordgraph.read;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.neo4j.cypherdsl.core.Case;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SymbolicName;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Model;
import io.accordgraph.graph.model.RelationField;
import io.accordgraph.read.Projector.Projected;

/**
 * A relationship field of a node, walked as the model defines it for the node's kind. Where the node may be of
 * several kinds and the field follows different relationships on each (or exists on some only), a CASE on the
 * node's label picks the walk.
 */
final class RelationByKind {

    private RelationByKind() {
    }

    /**
     * @param kinds the kinds of node the field applies to
     * @param guarded whether the node may also be of a kind the field does not apply to
     */
    static Projected of(Projector c, SymbolicName v, Set<EntityType> kinds, boolean guarded,
            ExecutableNormalizedField child) {
        if (kinds.size() == 1 && !guarded) {
            return RelationWalk.of(c, v, Model.field(kinds.iterator().next(), child.getName()).orElseThrow(), child);
        }
        Map<List<Object>, Set<EntityType>> walks = new LinkedHashMap<>();
        Map<List<Object>, RelationField> fields = new LinkedHashMap<>();
        for (EntityType kind : kinds) {
            RelationField field = Model.field(kind, child.getName()).orElseThrow();
            List<Object> walk = List.of(field.shape(), field.chains(), Objects.toString(field.view()));
            walks.computeIfAbsent(walk, w -> EnumSet.noneOf(EntityType.class)).add(kind);
            fields.putIfAbsent(walk, field);
        }
        if (walks.size() == 1 && !guarded) {
            return RelationWalk.of(c, v, fields.values().iterator().next(), child);
        }
        Node node = Cypher.anyNode(v);
        Case cases = Cypher.caseExpression();
        Conversion conversion = null;
        for (Map.Entry<List<Object>, Set<EntityType>> walk : walks.entrySet()) {
            Projected branch = RelationWalk.of(c, v, fields.get(walk.getKey()), child);
            Condition labels = walk.getValue().stream().map(k -> node.hasLabels(k.label()))
                    .reduce(Condition::or).orElseThrow();
            cases = cases.when(labels).then(branch.cypher());
            conversion = branch.conversion();
        }
        return new Projected(cases, conversion);
    }
}
