package io.accordgraph.read;

import java.time.LocalDate;
import java.util.Map;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SymbolicName;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Hop;
import io.accordgraph.graph.model.Property;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.read.Projector.Projected;
import io.accordgraph.schema.Arguments;

/** Lists of facts of any type, each as the {@code Fact} type: a node's facts, the claims that disagree. */
final class FactLists {

    private FactLists() {
    }

    /**
     * Every fact of the node bound to {@code v}, in either direction: those with a start date first, the newest of
     * them first; then by predicate and by the other end's name.
     */
    static Projected ofNode(Projector c, SymbolicName v, ExecutableNormalizedField field) {
        CypherParameters p = c.parameters();
        Map<String, Object> args = field.getResolvedArguments();
        SymbolicName r = p.name("r");
        Node other = Cypher.anyNode(p.fresh("n"));
        SymbolicName subject = p.name("n");
        SymbolicName object = p.name("n");
        int first = c.pageSize().of(Arguments.integer(args, "first"));
        Projected fact = FactProjection.of(c, r, subject, object, field);
        Relationship facts = Hop.anyFact(Cypher.anyNode(v), other).named(r);
        return new Projected(Cypher.collect(Cypher.match(facts)
                .where(RelationWalk.asOf(p, r, (LocalDate) args.get("asOf")).and(c.knownClaim(r))
                        .and(c.known(other.getRequiredSymbolicName())))
                .with(r, other.getRequiredSymbolicName())
                .orderBy(r.property(Property.SINCE.name()).isNull().ascending(),
                        r.property(Property.SINCE.name()).descending(),
                        Cypher.type(r).ascending(), other.property("name").ascending(),
                        other.property("id").ascending())
                .limit(p.parameter(first))
                .with(r, CypherFunctions.START_NODE.of(r).as(subject),
                        CypherFunctions.END_NODE.of(r).as(object))
                .returning(fact.cypher()).build()), fact.conversion().eachOf());
    }

    /** See {@link Projector#claimList}: the one with the most recently published source first. */
    static Projected claims(Projector c, SymbolicName claims, ExecutableNormalizedField field) {
        CypherParameters p = c.parameters();
        SymbolicName r = p.name("r");
        SymbolicName subject = p.name("n");
        SymbolicName object = p.name("n");
        Node s = Cypher.node(EntityType.SOURCE.label()).named(p.fresh("s"));
        Projected fact = FactProjection.of(c, r, subject, object, field);
        SymbolicName latest = Cypher.name("latest");
        Expression published = s.property(Property.PUBLISHED_AT.name());
        return new Projected(Cypher.collect(Cypher.unwind(claims).as(r)
                .with(r, CypherFunctions.START_NODE.of(r).as(subject), CypherFunctions.END_NODE.of(r).as(object),
                        Cypher.valueAt(Cypher.collect(Cypher.match(s).where(Claim.cites(r, s)).returning(published)
                                .orderBy(published.descending()).build()), 0).as(latest))
                .orderBy(latest.isNull().ascending(), latest.descending(), r.property(Claim.KEY).ascending())
                .returning(fact.cypher()).build()), fact.conversion().eachOf());
    }
}
