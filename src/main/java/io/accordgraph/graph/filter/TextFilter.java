package io.accordgraph.graph.filter;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.accordgraph.graph.EntityType;

/**
 * Case-insensitive text conditions, evaluated in the database, never in the server. On a name they compare with the
 * stored lower-cased name ({@link EntityType#NAME_KEY}), which a text index per label serves; on other properties
 * they lower-case the property, which no index can serve (Neo4j has none on expressions), so they read the nodes of
 * one label.
 */
@Input("TextFilter")
@Description("Case-insensitive text match; all given operators must hold. For a list property (aliases), one "
        + "element must match them all.")
public record TextFilter(String eq, List<String> in, String contains, String startsWith) {

    /** On a string property. */
    public static Criterion on(String property, TextFilter filter) {
        return (v, p) -> filter == null ? null : filter.cypher("toLower(" + v + "." + property + ")", p);
    }

    /** On the name, through its lower-cased key and its index. */
    public static Criterion onName(TextFilter filter) {
        return (v, p) -> filter == null ? null : filter.cypher(v + "." + EntityType.NAME_KEY, p);
    }

    /** On a list-of-strings property: true when one element matches. */
    public static Criterion onAny(String property, TextFilter filter) {
        return (v, p) -> {
            if (filter == null) {
                return null;
            }
            String element = filter.cypher("toLower(e)", p);
            return element == null ? null
                    : "any(e IN coalesce(" + v + "." + property + ", []) WHERE " + element + ")";
        };
    }

    private String cypher(String value, CypherParameters p) {
        return Conditions.and(
                eq == null ? null : value + " = toLower(" + p.add(eq) + ")",
                in == null ? null : value + " IN [x IN " + p.add(in) + " | toLower(x)]",
                contains == null ? null : value + " CONTAINS toLower(" + p.add(contains) + ")",
                startsWith == null ? null : value + " STARTS WITH toLower(" + p.add(startsWith) + ")");
    }
}
