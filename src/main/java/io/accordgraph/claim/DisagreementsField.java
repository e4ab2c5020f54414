package io.accordgraph.claim;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.cypherdsl.core.Case;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SymbolicName;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Hop;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.neo4j.Statement;
import io.accordgraph.read.ChildProjections;
import io.accordgraph.read.Conversion;
import io.accordgraph.read.Projector;
import io.accordgraph.read.Row;
import io.accordgraph.read.SingleQueryField;
import io.accordgraph.read.page.PageSize;
import io.accordgraph.schema.Arguments;
import io.accordgraph.schema.Names;

/**
 * {@code disagreements}: where sources say different things: facts with more than one claim (a role's title tells
 * two facts apart, so two roles are not a disagreement), and node properties given more than one value. One
 * statement; without a subject it scans every fact, which is what an analyst asking this across the graph wants.
 */
@ApplicationScoped
public class DisagreementsField implements SingleQueryField {

    private static final String TYPE = "Disagreement";

    @Inject
    PageSize pageSize;

    @Override
    public List<GraphQLType> types() {
        return List.of(GraphQLObjectType.newObject().name(TYPE)
                .description("A fact or a property on which sources differ, with what each says.")
                .field(f -> f.name("subject").type(nonNull(Names.ref(Names.ENTITY))))
                .field(f -> f.name("predicate").type(Names.STRING).description("The fact's relationship type; null "
                        + "for a property."))
                .field(f -> f.name("object").type(Names.ref(Names.ENTITY)).description("The fact's other end; null "
                        + "for a property."))
                .field(f -> f.name("property").type(Names.STRING).description("The property; null for a fact."))
                .field(f -> f.name("claims").type(nonNull(list(nonNull(Names.ref(Names.FACT)))))
                        .description("For a fact, each claim with its qualifiers and sources, the one with the most "
                                + "recently published source first."))
                .field(f -> f.name("values").type(nonNull(list(nonNull(Names.ref(Names.PROPERTY_CLAIM)))))
                        .description("For a property, each value with its sources."))
                .build());
    }

    /** Without a subject or an object it reads every fact of the graph. */
    @Override
    public boolean heavy(ExecutableNormalizedField field) {
        return Arguments.everyFact(field.getResolvedArguments());
    }

    @Override
    public GraphQLFieldDefinition definition() {
        return GraphQLFieldDefinition.newFieldDefinition().name("disagreements")
                .description("Facts with more than one claim that differ, and node properties with more than one "
                        + "value, each with what every source says. Narrow by `predicate`, `subject` and `object` "
                        + "(ids); facts first, by predicate and ends, then properties.")
                .arguments(Arguments.factEnds())
                .argument(Arguments.first("How many; the default page size when not given."))
                .type(nonNull(list(nonNull(Names.ref(TYPE)))))
                .build();
    }

    @Override
    public Statement compile(ExecutableNormalizedField field, Projector projector) {
        Map<String, Object> args = field.getResolvedArguments();
        CypherParameters p = projector.parameters();
        Node a = EntityType.anyKind("a");
        Node b = EntityType.anyKind("b");
        SymbolicName r = Cypher.name("r");
        SymbolicName said = Cypher.name("said");
        Condition facts = Cypher.isTrue();
        Condition properties = Cypher.isTrue();
        if (args.get("predicate") != null) {
            facts = facts.and(Cypher.type(r).eq(p.parameter(args.get("predicate"))));
            properties = properties.and(Cypher.isFalse());
        }
        if (args.get("subject") != null) {
            Expression subject = p.parameter(args.get("subject"));
            facts = facts.and(a.property("id").eq(subject));
            properties = properties.and(a.property("id").eq(subject));
        }
        if (args.get("object") != null) {
            facts = facts.and(b.property("id").eq(p.parameter(args.get("object"))));
            properties = properties.and(Cypher.isFalse());
        }
        SymbolicName subject = Cypher.name("subject");
        SymbolicName object = Cypher.name("object");
        SymbolicName predicate = Cypher.name("predicate");
        SymbolicName property = Cypher.name("property");
        SymbolicName claims = Cypher.name("claims");
        ChildProjections values = new ChildProjections(field.getChildren(), 0, child -> switch (child.getName()) {
            case "subject" -> projector.node(subject, EnumSet.allOf(EntityType.class), child);
            case "object" -> {
                Projector.Projected node = projector.node(object, EnumSet.allOf(EntityType.class), child);
                yield new Projector.Projected(Cypher.caseExpression().when(object.isNull())
                        .then(Cypher.literalNull()).elseDefault(node.cypher()), node.conversion());
            }
            case "claims" -> projector.claimList(claims, child);
            case "values" -> projector.propertyClaims(subject, property, child);
            case "predicate", "property" -> new Projector.Projected(Cypher.name(child.getName()), Conversion.PLAIN);
            default -> new Projector.Projected(Cypher.literalOf(TYPE), Conversion.PLAIN);
        });
        SymbolicName told = Cypher.name("told");
        SymbolicName k = Cypher.name("k");
        org.neo4j.cypherdsl.core.Statement factsDiffering = Cypher.match(Hop.anyFactForward(a, b).named(r))
                .where(facts)
                .with(a, b, Cypher.type(r).as(predicate), factKey(r).as("fact"), Cypher.collect(r).as(claims))
                .where(Cypher.size(claims).gt(Cypher.literalOf(1)))
                .returning(a.getRequiredSymbolicName().as(subject), b.getRequiredSymbolicName().as(object), predicate,
                        Cypher.literalNull().as(property), claims)
                .build();
        // Each part of the union matches its own nodes.
        Node stated = EntityType.anyKind("a");
        Hop reported = Predicate.REPORTED_BY.out();
        org.neo4j.cypherdsl.core.Statement propertiesDiffering = Cypher.match(reported
                .relationship(stated, reported.target("s")).named(said))
                .where(properties)
                .unwind(Cypher.listWith(k).in(Cypher.keys(said)).where(k.in(Cypher.literalOf(Claim.BOOKKEEPING))
                        .not()).returning()).as(property)
                .with(stated, property, Cypher.countDistinct(Cypher.toString(said.property(property))).as(told))
                .where(told.gt(Cypher.literalOf(1)))
                .returning(stated.getRequiredSymbolicName().as(subject), Cypher.literalNull().as(object),
                        Cypher.literalNull().as(predicate), property, Cypher.listOf().as(claims))
                .build();
        org.neo4j.cypherdsl.core.Statement tree = Cypher.call(Cypher.unionAll(factsDiffering, propertiesDiffering))
                .with(Cypher.asterisk())
                .orderBy(predicate.isNull().ascending(), predicate.ascending(), subject.property("id").ascending(),
                        object.property("id").ascending(), property.ascending())
                .limit(p.parameter(pageSize.of(Arguments.integer(args, "first"))))
                .returning(Cypher.listOf(values.expressions())).build();
        return projector.statement(tree, records -> records.stream().map(record -> record.get(0))
                .map(row -> (Object) Row.of(field, child -> values.from(child, row))).toList());
    }

    /** What tells two facts of a type between the same ends apart: the type's key (a role's title), if it has one. */
    private static Expression factKey(SymbolicName r) {
        List<Predicate> keyed = Predicate.facts().stream().filter(p -> p.key() != null).toList();
        if (keyed.isEmpty()) {
            return Cypher.literalNull();
        }
        Case cases = Cypher.caseExpression(Cypher.type(r));
        for (Predicate predicate : keyed) {
            cases = cases.when(Cypher.literalOf(predicate.name())).then(r.property(predicate.key()));
        }
        return cases;
    }
}
