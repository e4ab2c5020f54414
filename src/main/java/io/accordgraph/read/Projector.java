package io.accordgraph.read;

import java.time.LocalDate;
import java.util.Set;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.read.page.PageSize;

/**
 * Compiles what a request selects under a node, a fact or a list of them into Cypher expressions of one statement:
 * map projections of the selected properties, and for each relationship field a {@code COLLECT} subquery with the
 * field's own filter, order, page and date, nested as deep as the request goes. Each projection comes with the
 * {@link Conversion} that turns its result into the rows the GraphQL fields read, so nested fields never query.
 * <p>
 * One compiler per shape ({@link NodeProjection}, {@link RelationWalk}, {@link FactProjection}, ...) does the work;
 * a projector is the context they pass down. It never changes: a field read as known on a day of its own gets a
 * projector of its own ({@link #within}). Only its {@link CypherParameters}, shared by the whole statement, collect
 * values and hand out variable names.
 *
 * @param knownAt the day the graph is read as known on, for the field being compiled and below it; null: as known now
 */
public record Projector(CypherParameters parameters, PageSize pageSize, LocalDate knownAt) {

    /** A projector for one statement, reading the graph as known now. */
    public Projector(CypherParameters parameters, PageSize pageSize) {
        this(parameters, pageSize, null);
    }

    /** This projector for {@code field} and below: as known on the field's own {@code knownAt} day, if it gives one. */
    public Projector within(ExecutableNormalizedField field) {
        LocalDate own = (LocalDate) field.getResolvedArguments().get("knownAt");
        return own == null ? this : new Projector(parameters, pageSize, own);
    }

    /**
     * The map projection of the node bound to {@code v}, for what {@code field} selects under it.
     *
     * @param kinds the kinds the node may be of; more than one when the field is an {@code Entity}
     */
    public Projected node(String v, Set<EntityType> kinds, ExecutableNormalizedField field) {
        return NodeProjection.of(this, v, kinds, field);
    }

    /** A fact of any type, {@code r} from {@code subject} to {@code object} (all three bound), as {@code Fact}. */
    public Projected fact(String r, String subject, String object, ExecutableNormalizedField field) {
        return FactProjection.of(this, r, subject, object, field);
    }

    /** The claims of the relationships in the list bound to {@code claims}, as {@code Fact}s. */
    public Projected claimList(String claims, ExecutableNormalizedField field) {
        return FactLists.claims(this, claims, field);
    }

    /**
     * What each source says of the properties of the node bound to {@code v}, or of one property only when
     * {@code only} names a variable that holds its name.
     */
    public Projected propertyClaims(String v, String only, ExecutableNormalizedField field) {
        return PropertyClaims.of(this, v, only, field);
    }

    /** {@link #known} as one more condition of a WHERE, or nothing when the graph is read as known now. */
    public String andKnown(String x) {
        return knownAt == null ? "" : " AND " + known(x);
    }

    /**
     * That the node bound to {@code x} was known on the {@code knownAt} day: stated by a source published by then,
     * or, for a source, published by then. {@code true} when the graph is read as known now.
     */
    public String known(String x) {
        if (knownAt == null) {
            return "true";
        }
        String day = parameters.add(knownAt);
        String s = parameters.fresh("s");
        return "(CASE WHEN " + x + ":" + EntityType.SOURCE.label() + " THEN " + x + ".publishedAt <= " + day
                + " ELSE EXISTS { MATCH " + Predicate.REPORTED_BY.out().pattern(x, "", s) + " WHERE " + s
                + ".publishedAt <= " + day + " } END)";
    }

    /** That the claim bound to {@code r} was known on the {@code knownAt} day: a source of it published by then. */
    String knownClaim(String r) {
        if (knownAt == null || r.isEmpty()) {
            return "true";
        }
        String s = parameters.fresh("s");
        return "EXISTS { MATCH (" + s + ":" + EntityType.SOURCE.label() + ") WHERE " + s + ".id IN " + r + "."
                + Predicate.SOURCES + " AND " + s + ".publishedAt <= " + parameters.add(knownAt) + " }";
    }

    /** A Cypher expression and the conversion of its value. */
    public record Projected(String cypher, Conversion conversion) {
    }
}
