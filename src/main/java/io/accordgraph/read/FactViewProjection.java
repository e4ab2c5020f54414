package io.accordgraph.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.SymbolicName;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.FactView;
import io.accordgraph.graph.model.Property;
import io.accordgraph.read.Projector.Projected;

/** A fact seen from one end, as its {@link FactView}: its properties and dates, the far node and the sources. */
final class FactViewProjection {

    private FactViewProjection() {
    }

    /** The fact bound to {@code r}, whose far node is bound to {@code x}. */
    static Projected of(Projector c, FactView view, SymbolicName r, SymbolicName x, Set<EntityType> farKinds,
            ExecutableNormalizedField field) {
        Tuple tuple = new Tuple();
        RowConversion row = RowConversion.plain();
        Map<String, Property> properties = new HashMap<>();
        view.predicate().qualifiers().forEach(property -> properties.put(property.name(), property));
        for (ExecutableNormalizedField child : field.getChildren()) {
            String name = child.getName();
            Property property = properties.get(name);
            Expression recorded = FactProjection.recorded(r, name);
            if (recorded != null) {
                row.add(child.getResultKey(), name, tuple.once(name, recorded), null, Conversion.PLAIN);
            } else if (property != null) {
                row.add(child.getResultKey(), name, tuple.once(name, r.property(name)), null,
                        Checked.property(view.predicate().name(), property));
            } else if (name.equals(view.farEnd()) || name.equals("sources")) {
                Projected value = name.equals("sources") ? CitedSources.of(c, r, child)
                        : NodeProjection.of(c, x, farKinds, child);
                row.add(child.getResultKey(), name, tuple.add(value.cypher()), null, value.conversion());
            }
        }
        return new Projected(tuple.cypher(), row);
    }
}
