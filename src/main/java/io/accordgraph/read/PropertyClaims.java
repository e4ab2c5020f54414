package io.accordgraph.read;

import java.util.EnumSet;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SymbolicName;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.graph.model.Property;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.read.Projector.Projected;

/**
 * What each source says of a node's properties: one row per property and value, with its sources, most recently
 * published first; {@code current} when the node shows that value.
 */
final class PropertyClaims {

    private PropertyClaims() {
    }

    /** See {@link Projector#propertyClaims}. */
    static Projected of(Projector c, SymbolicName v, SymbolicName only, ExecutableNormalizedField field) {
        CypherParameters p = c.parameters();
        Report all = Report.fresh(p);
        SymbolicName property = p.name("property");
        SymbolicName value = p.name("value");
        Report cited = Report.fresh(p);
        Report latest = Report.fresh(p);
        Tuple tuple = new Tuple();
        RowConversion row = RowConversion.plain();
        for (ExecutableNormalizedField child : field.getChildren()) {
            String name = child.getName();
            if (name.equals("sources")) {
                SymbolicName other = cited.source();
                Projected source = NodeProjection.of(c, other, EnumSet.of(EntityType.SOURCE), child);
                row.add(child.getResultKey(), name, tuple.add(Cypher.collect(Cypher.match(cited.of(v))
                        .where(c.known(other).and(cited.says(property, value)))
                        .with(other)
                        .orderBy(Claim.newestFirst(other))
                        .returning(source.cypher()).build())), null, source.conversion().eachOf());
            } else if (!name.startsWith("__")) {
                row.add(child.getResultKey(), name, tuple.once(name, switch (name) {
                    case "current" -> value.eq(Cypher.toString(v.property(property)));
                    case "property" -> property;
                    default -> value;
                }), null, Conversion.PLAIN);
            }
        }
        SymbolicName k = Cypher.name("k");
        Condition claimed = k.in(Cypher.literalOf(Claim.BOOKKEEPING)).not();
        SymbolicName newest = latest.source();
        Expression published = newest.property(Property.PUBLISHED_AT.name());
        return new Projected(Cypher.collect(Cypher.match(all.of(v))
                .where(c.known(all.source()))
                .unwind(Cypher.listWith(k).in(Cypher.keys(all.said()))
                        .where(only == null ? claimed : claimed.and(k.eq(only))).returning()).as(property)
                .withDistinct(property, Cypher.toString(all.said().property(property)).as(value))
                // No aggregation here: one inside a subquery expression makes Neo4j treat the enclosing RETURN as one.
                .with(property, value, Cypher.valueAt(Cypher.collect(Cypher.match(latest.of(v))
                        .where(latest.says(property, value)).returning(published)
                        .orderBy(published.descending()).build()), 0).as(newest))
                .orderBy(property.ascending(), newest.isNull().ascending(), newest.descending(), value.ascending())
                .returning(tuple.cypher()).build()), row.eachOf());
    }

    /** A source's report of a node: the relationship bound to {@code said}, to the source bound to {@code source}. */
    private record Report(SymbolicName said, SymbolicName source) {

        static Report fresh(CypherParameters p) {
            return new Report(p.name("said"), p.name("s"));
        }

        /** {@code (v)-[said:REPORTED_BY]->(source:Source)}. */
        Relationship of(SymbolicName v) {
            return Predicate.REPORTED_BY.out().from(v, source).named(said);
        }

        /** That the report gives {@code property} the text {@code value}. */
        Condition says(SymbolicName property, SymbolicName value) {
            return Cypher.toString(said.property(property)).eq(value);
        }
    }
}
