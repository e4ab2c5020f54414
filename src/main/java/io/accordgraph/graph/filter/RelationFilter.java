package io.accordgraph.graph.filter;

/**
 * A condition through a relationship: {@code some} related node matches, or {@code none} does. Implemented by one
 * small input record per target kind, since GraphQL input types cannot be generic.
 */
public interface RelationFilter<W extends Where> {

    W some();

    W none();

    /**
     * The condition along {@code pattern} (a relationship type and direction from code, e.g.
     * {@code -[:MEMBER_OF]->}) to nodes of {@code label}, e.g. {@code related("-[:REPRESENTS]->", "State", f)}.
     */
    static Criterion related(String pattern, String label, RelationFilter<?> filter) {
        return (v, p) -> {
            if (filter == null) {
                return null;
            }
            return Conditions.and(
                    filter.some() == null ? null : exists(v, pattern, label, filter.some(), p),
                    filter.none() == null ? null : "NOT " + exists(v, pattern, label, filter.none(), p));
        };
    }

    private static String exists(String v, String pattern, String label, Where where, CypherParameters p) {
        String other = p.variable();
        return "EXISTS { MATCH (" + v + ")" + pattern + "(" + other + ":" + label + ") WHERE "
                + Where.cypher(where, other, p) + " }";
    }
}
