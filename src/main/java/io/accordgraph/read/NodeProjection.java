package io.accordgraph.read;

import java.util.EnumSet;
import java.util.Set;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.SymbolicName;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Property;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.read.Projector.Projected;
import io.accordgraph.schema.Names;

/**
 * A node as the list its fields read: its selected properties, and under each field that reads further (a
 * relationship, its facts, its property claims) that field's own projection, read as known on the field's day.
 */
final class NodeProjection {

    private NodeProjection() {
    }

    /** See {@link Projector#node}. */
    static Projected of(Projector c, SymbolicName v, Set<EntityType> kinds, ExecutableNormalizedField field) {
        Tuple tuple = new Tuple();
        RowConversion row;
        if (kinds.size() > 1) {
            row = RowConversion.ofAnyKind();
            tuple.add(kindOf(c.parameters(), v));
        } else {
            row = RowConversion.of(kinds.iterator().next());
        }
        for (ExecutableNormalizedField child : field.getChildren()) {
            String name = child.getName();
            Set<EntityType> applies = applicable(kinds, child);
            if (name.startsWith("__") || applies.isEmpty()) {
                continue;
            }
            Set<EntityType> only = applies.size() == kinds.size() ? null : applies;
            if (isScalar(name, applies)) {
                EntityType kind = applies.iterator().next();
                int position = tuple.once(name, scalar(c.parameters(), v, name, kind));
                row.add(child.getResultKey(), name, position, only, checked(kind, name));
            } else {
                Projector under = c.within(child);
                Projected value = switch (name) {
                    case "facts" -> FactLists.ofNode(under, v, child);
                    case Names.PROPERTY_CLAIMS -> PropertyClaims.of(under, v, null, child);
                    default -> RelationByKind.of(under, v, applies, only != null, child);
                };
                row.add(child.getResultKey(), name, tuple.add(value.cypher()), only, value.conversion());
            }
        }
        return new Projected(tuple.cypher(), row);
    }

    /** Which of the node's possible kinds a selected field applies to (all, unless it sits in a fragment). */
    private static Set<EntityType> applicable(Set<EntityType> kinds, ExecutableNormalizedField child) {
        Set<EntityType> applies = EnumSet.noneOf(EntityType.class);
        for (EntityType kind : kinds) {
            if (child.getObjectTypeNames().contains(kind.label())) {
                applies.add(kind);
            }
        }
        return applies;
    }

    private static boolean isScalar(String name, Set<EntityType> kinds) {
        return name.equals("id") || name.equals("name") || name.equals("aliases")
                || kinds.stream().allMatch(kind -> kind.property(name).isPresent());
    }

    /** A property of the node; one a read always answers gets its value when missing. */
    private static Expression scalar(CypherParameters p, SymbolicName v, String name, EntityType kind) {
        if (name.equals("aliases")) {
            return Cypher.coalesce(v.property("aliases"), Cypher.listOf());
        }
        if (name.equals("name")) {
            // A node another program wrote without a name answers its id, which Checked.NAME reports.
            return Cypher.coalesce(v.property("name"), Cypher.listOf(v.property("id")));
        }
        Property property = kind.property(name).orElse(null);
        if (property != null && property.whenMissing() != null) {
            return Cypher.coalesce(v.property(name), p.parameter(property.whenMissing()));
        }
        return v.property(name);
    }

    /** How a node's scalar field checks what is stored. */
    private static Conversion checked(EntityType kind, String name) {
        return switch (name) {
            case "id" -> Checked.ID;
            case "name" -> Checked.NAME;
            case "aliases" -> Checked.ALIASES;
            default -> Checked.property(kind.label(), kind.property(name).orElseThrow());
        };
    }

    /** The kind of a node that may be of several: its label other than {@code Entity}. */
    private static Expression kindOf(CypherParameters p, SymbolicName v) {
        return EntityType.kindOf(v, p.parameter(EntityType.labels()));
    }
}
