package io.accordgraph.read;

import java.util.EnumSet;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;
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
    static Projected of(Projector c, String v, String only, ExecutableNormalizedField field) {
        CypherParameters p = c.parameters();
        String said = p.fresh("said");
        String s = p.fresh("s");
        String property = p.fresh("property");
        String value = p.fresh("value");
        String other = p.fresh("s");
        String otherSaid = p.fresh("said");
        String latest = p.fresh("s");
        String latestSaid = p.fresh("said");
        Tuple tuple = new Tuple();
        RowConversion row = RowConversion.plain();
        for (ExecutableNormalizedField child : field.getChildren()) {
            String name = child.getName();
            if (name.equals("sources")) {
                Projected source = NodeProjection.of(c, other, EnumSet.of(EntityType.SOURCE), child);
                row.add(child.getResultKey(), name, tuple.add("COLLECT { MATCH " + Predicate.REPORTED_BY.out()
                        .pattern(v, otherSaid, other) + " WHERE " + c.known(other) + " AND toString(" + otherSaid
                        + "[" + property + "]) = "
                        + value + " WITH " + other + " ORDER BY " + Claim.newestFirst(other) + " RETURN "
                        + source.cypher() + " }"), null, source.conversion().eachOf());
            } else if (!name.startsWith("__")) {
                row.add(child.getResultKey(), name, tuple.once(name, switch (name) {
                    case "current" -> value + " = toString(" + v + "[" + property + "])";
                    case "property" -> property;
                    default -> value;
                }), null, Conversion.PLAIN);
            }
        }
        return new Projected("COLLECT { MATCH " + Predicate.REPORTED_BY.out().pattern(v, said, s) + " WHERE "
                + c.known(s) + " UNWIND [k IN keys(" + said + ") WHERE NOT k IN " + Claim.bookkeeping()
                + (only == null ? "" : " AND k = " + only) + "] AS " + property + " WITH DISTINCT " + property
                + ", toString(" + said + "[" + property + "]) AS " + value
                // No aggregation here: one inside a subquery expression makes Neo4j treat the enclosing RETURN as one.
                + " WITH " + property + ", " + value + ", COLLECT { MATCH " + Predicate.REPORTED_BY.out().pattern(v,
                        latestSaid, latest) + " WHERE toString(" + latestSaid + "[" + property + "]) = " + value
                + " RETURN " + latest + ".publishedAt ORDER BY " + latest + ".publishedAt DESC }[0] AS " + latest
                + " ORDER BY " + property + ", " + latest + " IS NULL, " + latest + " DESC, " + value + " RETURN "
                + tuple.cypher() + " }", row.eachOf());
    }
}
