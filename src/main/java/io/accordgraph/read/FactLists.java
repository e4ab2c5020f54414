package io.accordgraph.read;

import java.time.LocalDate;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Hop;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.read.Projector.Projected;

/** Lists of facts of any type, each as the {@code Fact} type: a node's facts, the claims that disagree. */
final class FactLists {

    private FactLists() {
    }

    /**
     * Every fact of the node bound to {@code v}, in either direction: those with a start date first, the newest of
     * them first; then by predicate and by the other end's name.
     */
    static Projected ofNode(Projector c, String v, ExecutableNormalizedField field) {
        CypherParameters p = c.parameters();
        Map<String, Object> args = field.getResolvedArguments();
        String r = p.fresh("r");
        String other = p.fresh("n");
        String subject = p.fresh("n");
        String object = p.fresh("n");
        int first = c.pageSize().of(Arguments.integer(args, "first"));
        Projected fact = FactProjection.of(c, r, subject, object, field);
        return new Projected("COLLECT { MATCH " + Hop.anyFact(v, r, other) + " WHERE "
                + RelationWalk.asOf(p, r, (LocalDate) args.get("asOf")) + " AND " + c.knownClaim(r) + " AND "
                + c.known(other) + " WITH " + r + ", " + other + " ORDER BY " + r + ".since IS NULL, " + r
                + ".since DESC, type(" + r + "), " + other + ".name, " + other + ".id LIMIT " + p.add(first)
                + " WITH " + r + ", startNode(" + r + ") AS " + subject + ", endNode(" + r + ") AS " + object
                + " RETURN " + fact.cypher() + " }", fact.conversion().eachOf());
    }

    /** See {@link Projector#claimList}: the one with the most recently published source first. */
    static Projected claims(Projector c, String claims, ExecutableNormalizedField field) {
        CypherParameters p = c.parameters();
        String r = p.fresh("r");
        String subject = p.fresh("n");
        String object = p.fresh("n");
        String s = p.fresh("s");
        Projected fact = FactProjection.of(c, r, subject, object, field);
        return new Projected("COLLECT { UNWIND " + claims + " AS " + r + " WITH " + r + ", startNode(" + r + ") AS "
                + subject + ", endNode(" + r + ") AS " + object + ", COLLECT { MATCH (" + s + ":"
                + EntityType.SOURCE.label() + ") WHERE " + s + ".id IN " + r + "." + Predicate.SOURCES + " RETURN " + s
                + ".publishedAt ORDER BY " + s + ".publishedAt DESC }[0] AS latest "
                + "ORDER BY latest IS NULL, latest DESC, "
                + r + "." + Claim.KEY + " RETURN " + fact.cypher() + " }", fact.conversion().eachOf());
    }
}
