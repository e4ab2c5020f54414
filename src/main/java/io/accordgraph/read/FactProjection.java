package io.accordgraph.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.driver.Value;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Property;
import io.accordgraph.read.Projector.Projected;
import io.accordgraph.schema.Names;

/**
 * A fact of any type as the {@code Fact} type: predicate, both ends, dates, other properties as attributes, and
 * sources.
 */
final class FactProjection {

    /** The generic fact's fields that are values, beside its two ends, its attributes and its sources. */
    private static final Set<String> SCALARS = Set.of("predicate", Property.SINCE.name(), Property.UNTIL.name());
    /** Relationship properties that the fact shows in fields of their own, or keeps for itself, not as attributes. */
    private static final Set<String> NOT_ATTRIBUTES = notAttributes();

    private FactProjection() {
    }

    /** See {@link Projector#fact}. */
    static Projected of(Projector c, SymbolicName r, SymbolicName subject, SymbolicName object,
            ExecutableNormalizedField field) {
        Tuple tuple = new Tuple();
        RowConversion row = RowConversion.plain();
        for (ExecutableNormalizedField child : field.getChildren()) {
            String name = child.getName();
            if (SCALARS.contains(name)) {
                boolean predicate = name.equals("predicate");
                int position = tuple.once(name, predicate ? Cypher.type(r) : r.property(name));
                row.add(child.getResultKey(), name, position, null, predicate ? Conversion.PLAIN
                        : Checked.property(Names.FACT,
                                name.equals(Property.SINCE.name()) ? Property.SINCE : Property.UNTIL));
                continue;
            }
            Expression recorded = recorded(r, name);
            if (recorded != null) {
                row.add(child.getResultKey(), name, tuple.once(name, recorded), null, Conversion.PLAIN);
                continue;
            }
            Projected value = switch (name) {
                case "attributes" -> new Projected(CypherFunctions.PROPERTIES.of(r), attributes(child));
                case "subject" -> NodeProjection.of(c, subject, EnumSet.allOf(EntityType.class), child);
                case "object" -> NodeProjection.of(c, object, EnumSet.allOf(EntityType.class), child);
                case "sources" -> CitedSources.of(c, r, child);
                default -> null;
            };
            if (value != null) {
                row.add(child.getResultKey(), name, tuple.add(value.cypher()), null, value.conversion());
            }
        }
        return new Projected(tuple.cypher(), row);
    }

    /** When or by whom the claim bound to {@code r} was recorded, if {@code field} asks that, else null. */
    static Expression recorded(SymbolicName r, String field) {
        return switch (field) {
            case Claim.RECORDED_AT -> Cypher.toString(r.property(Claim.RECORDED_AT));
            case Claim.RECORDED_BY -> r.property(Claim.RECORDED_BY);
            default -> null;
        };
    }

    private static Set<String> notAttributes() {
        Set<String> names = new HashSet<>(Claim.BOOKKEEPING);
        Property.FACT_DATES.forEach(date -> names.add(date.name()));
        return Set.copyOf(names);
    }

    /** A fact's properties other than its dates and sources, as rows of key and text value, by key. */
    private static Conversion attributes(ExecutableNormalizedField field) {
        return value -> {
            List<Object> attributes = new ArrayList<>();
            value.asMap(Value::asObject).entrySet().stream()
                    .filter(e -> !NOT_ATTRIBUTES.contains(e.getKey()) && e.getValue() != null)
                    .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                    .forEach(e -> {
                        Row row = new Row(null, true);
                        for (ExecutableNormalizedField child : field.getChildren()) {
                            row.put(child.getResultKey(), child.getName().equals("key") ? e.getKey()
                                    : String.valueOf(e.getValue()));
                        }
                        attributes.add(row);
                    });
            return attributes;
        };
    }
}
