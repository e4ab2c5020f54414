package io.accordgraph.neo4j;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.ExposesSubqueryCall;
import org.neo4j.cypherdsl.core.Relationship;

/**
 * The relationships between nodes a statement has already bound, matched in a subquery that imports them: given
 * both ends, the planner expands from the one with fewer relationships (Expand(Into)). In one MATCH with both ends
 * looked up by id it may instead seek one end and walk all its relationships, and a delegation's thousands of members
 * made each link's answer read every one of them, a write slower the more the graph held.
 */
public final class Between {

    private Between() {
    }

    /**
     * {@code CALL (*) { MATCH r WHERE condition RETURN r }} after {@code before}, which binds both ends of {@code r}
     * (named).
     */
    public static ExposesSubqueryCall.BuildableSubquery matched(ExposesSubqueryCall before, Relationship r,
            Condition condition) {
        return before.call(Cypher.match(r).where(condition).returning(r.getRequiredSymbolicName()).build());
    }
}
