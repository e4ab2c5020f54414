package io.accordgraph.claim;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

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
import io.accordgraph.read.Arguments;
import io.accordgraph.read.ChildProjections;
import io.accordgraph.read.Conversion;
import io.accordgraph.read.Names;
import io.accordgraph.read.Projector;
import io.accordgraph.read.Row;
import io.accordgraph.read.SingleQueryField;
import io.accordgraph.read.page.PageSize;

/**
 * {@code disagreements}: where sources say different things: facts with more than one claim (a role's title tells
 * two facts apart, so two roles are not a disagreement), and node properties given more than one value. One
 * statement; without a subject it scans every fact, which is what an analyst asking this across the graph wants.
 */
@ApplicationScoped
public class DisagreementsField implements SingleQueryField {

    private static final String TYPE = "Disagreement";

    private final PageSize pageSize;

    DisagreementsField(PageSize pageSize) {
        this.pageSize = pageSize;
    }

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
        Map<String, Object> args = field.getResolvedArguments();
        return args.get("subject") == null && args.get("object") == null;
    }

    @Override
    public GraphQLFieldDefinition definition() {
        return GraphQLFieldDefinition.newFieldDefinition().name("disagreements")
                .description("Facts with more than one claim that differ, and node properties with more than one "
                        + "value, each with what every source says. Narrow by `predicate`, `subject` and `object` "
                        + "(ids); facts first, by predicate and ends, then properties.")
                .argument(a -> a.name("predicate").type(Names.ref(Names.RELATIONSHIP_TYPE)))
                .argument(a -> a.name("subject").type(Names.ID))
                .argument(a -> a.name("object").type(Names.ID))
                .argument(Arguments.first("How many; the default page size when not given."))
                .type(nonNull(list(nonNull(Names.ref(TYPE)))))
                .build();
    }

    @Override
    public Statement compile(ExecutableNormalizedField field, Projector projector) {
        Map<String, Object> args = field.getResolvedArguments();
        CypherParameters p = projector.parameters();
        List<String> facts = new ArrayList<>(List.of("true"));
        List<String> properties = new ArrayList<>(List.of("true"));
        if (args.get("predicate") != null) {
            facts.add("type(r) = " + p.add(args.get("predicate")));
            properties.add("false");
        }
        if (args.get("subject") != null) {
            String subject = p.add(args.get("subject"));
            facts.add("a.id = " + subject);
            properties.add("a.id = " + subject);
        }
        if (args.get("object") != null) {
            facts.add("b.id = " + p.add(args.get("object")));
            properties.add("false");
        }
        ChildProjections values = new ChildProjections(field.getChildren(), 0, child -> switch (child.getName()) {
            case "subject" -> projector.node("subject", EnumSet.allOf(EntityType.class), child);
            case "object" -> {
                Projector.Projected node = projector.node("object", EnumSet.allOf(EntityType.class), child);
                yield new Projector.Projected("CASE WHEN object IS NULL THEN null ELSE " + node.cypher() + " END",
                        node.conversion());
            }
            case "claims" -> projector.claimList("claims", child);
            case "values" -> projector.propertyClaims("subject", "property", child);
            case "predicate", "property" -> new Projector.Projected(child.getName(), Conversion.PLAIN);
            default -> new Projector.Projected("'" + TYPE + "'", Conversion.PLAIN);
        });
        String cypher = "CALL () { MATCH " + Hop.anyFactForward("a:" + EntityType.ENTITY_LABEL, "r", "b:"
                + EntityType.ENTITY_LABEL) + " WHERE " + String.join(" AND ", facts) + " WITH a, b, type(r) AS "
                + "predicate, " + factKey() + " AS fact, collect(r) AS claims WHERE size(claims) > 1 RETURN a AS "
                + "subject, "
                + "b AS object, predicate, null AS property, claims UNION ALL MATCH " + Predicate.REPORTED_BY.out()
                .pattern("a:" + EntityType.ENTITY_LABEL, "said", "s") + " WHERE " + String.join(" AND ", properties)
                + " UNWIND [k IN keys(said) WHERE NOT k IN " + Claim.bookkeeping() + "] AS property WITH a, property, "
                + "count(DISTINCT toString(said[property])) AS told WHERE told > 1 RETURN a AS subject, "
                + "null AS object, "
                + "null AS predicate, property, [] AS claims } WITH * ORDER BY predicate IS NULL, predicate, "
                + "subject.id, object.id, property LIMIT " + p.add(pageSize.of(Arguments.integer(args, "first")))
                + " RETURN [" + String.join(", ", values.expressions()) + "]";
        return new Statement(cypher, p.values(), records -> records.stream().map(r -> r.get(0))
                .map(row -> (Object) Row.of(field, child -> values.from(child, row))).toList());
    }

    /** What tells two facts of a type between the same ends apart: the type's key (a role's title), if it has one. */
    private static String factKey() {
        String cases = Predicate.facts().stream().filter(p -> p.key() != null)
                .map(p -> " WHEN '" + p.name() + "' THEN r." + p.key()).collect(Collectors.joining());
        return cases.isEmpty() ? "null" : "CASE type(r)" + cases + " END";
    }
}
