package io.accordgraph.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.graph.model.Property;
import io.accordgraph.neo4j.Answer;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.neo4j.Statement;
import io.accordgraph.read.page.PageSize;

/**
 * Compiles what a request selects under a node, a fact or a list of them into Cypher-DSL expressions of one statement:
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
 * @param texts how the statement's tree becomes its text
 */
public record Projector(CypherParameters parameters, PageSize pageSize, LocalDate knownAt,
        Function<org.neo4j.cypherdsl.core.Statement, String> texts) {

    /** A projector for one statement, reading the graph as known now, rendering its tree each time. */
    public Projector(CypherParameters parameters, PageSize pageSize) {
        this(parameters, pageSize, null, Statement::render);
    }

    /** This projector for {@code field} and below: as known on the field's own {@code knownAt} day, if it gives one. */
    public Projector within(ExecutableNormalizedField field) {
        LocalDate own = (LocalDate) field.getResolvedArguments().get("knownAt");
        return own == null ? this : new Projector(parameters, pageSize, own, texts);
    }

    /** The statement whose tree is {@code tree}, with this projector's parameters. */
    public Statement statement(org.neo4j.cypherdsl.core.Statement tree, Function<List<Record>, Object> answer) {
        return new Statement(texts.apply(tree), parameters.values(), answer);
    }

    /** The read whose tree is {@code tree} as a write's answer: its column {@link Answer#COLUMN} becomes {@code from}'s. */
    public Answer answer(org.neo4j.cypherdsl.core.Statement tree, Function<Value, Object> from) {
        return new Answer(texts.apply(tree), parameters.values(), from);
    }

    /**
     * The projection of the node bound to {@code v}, for what {@code field} selects under it.
     *
     * @param kinds the kinds the node may be of; more than one when the field is an {@code Entity}
     */
    public Projected node(SymbolicName v, Set<EntityType> kinds, ExecutableNormalizedField field) {
        return NodeProjection.of(this, v, kinds, field);
    }

    /** A fact of any type, {@code r} from {@code subject} to {@code object} (all three bound), as {@code Fact}. */
    public Projected fact(SymbolicName r, SymbolicName subject, SymbolicName object, ExecutableNormalizedField field) {
        return FactProjection.of(this, r, subject, object, field);
    }

    /** The claims of the relationships in the list bound to {@code claims}, as {@code Fact}s. */
    public Projected claimList(SymbolicName claims, ExecutableNormalizedField field) {
        return FactLists.claims(this, claims, field);
    }

    /**
     * What each source says of the properties of the node bound to {@code v}, or of one property only when
     * {@code only} names a variable that holds its name.
     */
    public Projected propertyClaims(SymbolicName v, SymbolicName only, ExecutableNormalizedField field) {
        return PropertyClaims.of(this, v, only, field);
    }

    /** {@code condition} and {@link #known}, or {@code condition} alone when the graph is read as known now. */
    public Condition andKnown(Condition condition, SymbolicName x) {
        return knownAt == null ? condition : condition.and(known(x));
    }

    /**
     * That the node bound to {@code x} was known on the {@code knownAt} day: stated by a source published by then,
     * or, for a source, published by then. {@code true} when the graph is read as known now.
     */
    public Condition known(SymbolicName x) {
        if (knownAt == null) {
            return Cypher.isTrue();
        }
        Expression day = parameters.parameter(knownAt);
        SymbolicName s = parameters.name("s");
        return Cypher.caseExpression().when(Cypher.anyNode(x).hasLabels(EntityType.SOURCE.label()))
                .then(x.property(Property.PUBLISHED_AT.name()).lte(day))
                .elseDefault(Cypher.match(Predicate.REPORTED_BY.out().from(x, s))
                        .where(s.property(Property.PUBLISHED_AT.name()).lte(day)).asCondition())
                .asCondition();
    }

    /** That the claim bound to {@code r} was known on the {@code knownAt} day: a source of it published by then. */
    Condition knownClaim(SymbolicName r) {
        if (knownAt == null || r == null) {
            return Cypher.isTrue();
        }
        Node s = Cypher.node(EntityType.SOURCE.label()).named(parameters.fresh("s"));
        return Cypher.match(s).where(Claim.cites(r, s)
                .and(s.property(Property.PUBLISHED_AT.name()).lte(parameters.parameter(knownAt)))).asCondition();
    }

    /** A Cypher-DSL expression and the conversion of its value. */
    public record Projected(Expression cypher, Conversion conversion) {
    }
}
