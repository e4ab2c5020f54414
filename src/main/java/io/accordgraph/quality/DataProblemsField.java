package io.accordgraph.quality;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PropertyContainer;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.driver.Record;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.graph.model.Property;
import io.accordgraph.neo4j.Statement;
import io.accordgraph.read.Projector;
import io.accordgraph.read.Row;
import io.accordgraph.read.SingleQueryField;
import io.accordgraph.schema.Names;

/**
 * {@code dataProblems}: for an operator who points the server at a Neo4j that other programs write too, which stored
 * values do not fit the model, counted per kind and property, with examples to fix. One statement, built from the
 * model: a scan of each kind's label and each relationship type, checking every property's type in one pass.
 */
@ApplicationScoped
public class DataProblemsField implements SingleQueryField {

    private static final String TYPE = "DataProblem";
    private static final int EXAMPLES = 5;
    private static final SymbolicName OWNER = Cypher.name("owner");
    private static final SymbolicName PROPERTY = Cypher.name("property");
    private static final SymbolicName COUNT = Cypher.name("count");
    private static final SymbolicName EXAMPLES_FOUND = Cypher.name("examples");

    private final String statement;
    private final Map<String, Object> parameters;
    /** What each checked property should hold, by owner and property. */
    private final Map<List<String>, String> expected = new LinkedHashMap<>();

    DataProblemsField() {
        List<org.neo4j.cypherdsl.core.Statement> scans = new ArrayList<>();
        for (EntityType kind : EntityType.values()) {
            Node n = Cypher.node(kind.label()).named("n");
            Map<String, Condition> checks = new LinkedHashMap<>();
            checks.put("id", not(n.property("id"), "STRING NOT NULL"));
            checks.put("name", not(n.property("name"), "STRING NOT NULL"));
            checks.put("aliases", not(n.property("aliases"), "LIST<STRING NOT NULL>"));
            kind.properties().forEach(property -> checks.put(property.name(), broken(n, property)));
            scans.add(scan(kind.label(), Cypher.match(n), n.property("id"), checks));
            expect(kind.label(), "id", "text");
            expect(kind.label(), "name", "text");
            expect(kind.label(), "aliases", "a list of text");
            kind.properties().forEach(property -> expect(kind.label(), property.name(), expected(property)));
        }
        for (Predicate predicate : Predicate.facts()) {
            Node a = Cypher.anyNode("a");
            Node b = Cypher.anyNode("b");
            Relationship r = predicate.out().relationship(a, b).named("r");
            Map<String, Condition> checks = new LinkedHashMap<>();
            List<Property> properties = predicate.qualifiers();
            properties.forEach(property -> checks.put(property.name(), broken(r, property)));
            properties.forEach(property -> expect(predicate.name(), property.name(), expected(property)));
            Expression unknown = Cypher.literalOf("?");
            scans.add(scan(predicate.name(), Cypher.match(r), Cypher.coalesce(a.property("id"), unknown)
                    .concat(Cypher.literalOf(" -> ")).concat(Cypher.coalesce(b.property("id"), unknown)), checks));
        }
        Node n = Cypher.node(EntityType.ENTITY_LABEL).named("n");
        SymbolicName l = Cypher.name("l");
        scans.add(Cypher.match(n).where(Cypher.not(Cypher.any(l).in(Cypher.labels(n))
                .where(l.in(Cypher.parameter("kinds")))))
                .returning(Cypher.literalOf(EntityType.ENTITY_LABEL).as(OWNER), Cypher.literalOf("labels").as(PROPERTY),
                        Cypher.count(Cypher.asterisk()).as(COUNT), examples(Cypher.coalesce(n.property("id"),
                                Cypher.elementId(n))))
                .build());
        expect(EntityType.ENTITY_LABEL, "labels", "one of " + EntityType.labels());
        this.statement = Statement.render(Cypher.call(Cypher.unionAll(scans)).with(Cypher.asterisk())
                .where(COUNT.gt(Cypher.literalOf(0))).returning(OWNER, PROPERTY, COUNT, EXAMPLES_FOUND)
                .orderBy(OWNER.ascending(), PROPERTY.ascending()).build());
        this.parameters = Map.of("kinds", EntityType.labels());
    }

    @Override
    public List<GraphQLType> types() {
        return List.of(GraphQLObjectType.newObject().name(TYPE)
                .description("Nodes or facts whose stored value of one property does not fit the model, as data "
                        + "written by another program may not. Reads answer such fields with a fallback and an "
                        + "INVALID_DATA error.")
                .field(f -> f.name("owner").type(nonNull(Names.STRING)).description("The kind of node (e.g. "
                        + "`DisputedAsset`) or the relationship type (e.g. `CONTROLS`)."))
                .field(f -> f.name("property").type(nonNull(Names.STRING)).description("The property, e.g. `kind`; "
                        + "`labels` for nodes that have none of the kinds' labels."))
                .field(f -> f.name("expected").type(nonNull(Names.STRING)).description("What the model expects it "
                        + "to hold, e.g. `a value of AssetKind`."))
                .field(f -> f.name("count").type(nonNull(Names.INT)).description("How many nodes or facts break "
                        + "it."))
                .field(f -> f.name("examples").type(nonNull(list(nonNull(Names.STRING)))).description("Up to five "
                        + "of them: node ids, or `from-id -> to-id` for facts."))
                .build());
    }

    /** It scans every node and fact. */
    @Override
    public boolean heavy(ExecutableNormalizedField field) {
        return true;
    }

    @Override
    public GraphQLFieldDefinition definition() {
        return GraphQLFieldDefinition.newFieldDefinition().name("dataProblems")
                .description("Stored values that do not fit the model, per kind (or relationship type) and "
                        + "property, with how many there are and examples: what to fix in a graph that other "
                        + "programs write too. Empty when everything fits.")
                .type(nonNull(list(nonNull(Names.ref(TYPE)))))
                .build();
    }

    @Override
    public Statement compile(ExecutableNormalizedField field, Projector projector) {
        return new Statement(statement, parameters,
                records -> records.stream().map(record -> problem(field, record)).toList());
    }

    /** The columns are named as the fields of {@code DataProblem}; what the model expects is known here. */
    private Row problem(ExecutableNormalizedField field, Record record) {
        List<String> key = List.of(record.get("owner").asString(), record.get("property").asString());
        return Row.of(field, child -> child.getName().equals("expected") ? expected.get(key)
                : record.get(child.getName()).asObject());
    }

    private void expect(String owner, String property, String what) {
        expected.put(List.of(owner, property), what);
    }

    /** Rows of owner, property, count and examples: one per property that some match breaks. */
    private static org.neo4j.cypherdsl.core.Statement scan(String owner, StatementBuilder.OngoingReading match,
            Expression example, Map<String, Condition> checks) {
        SymbolicName x = Cypher.name("x");
        List<Expression> cases = checks.entrySet().stream()
                .map(c -> (Expression) Cypher.caseExpression().when(c.getValue()).then(Cypher.literalOf(c.getKey())))
                .toList();
        return match.unwind(Cypher.listWith(x).in(Cypher.listOf(cases)).where(x.isNotNull()).returning())
                .as(PROPERTY).returning(Cypher.literalOf(owner).as(OWNER), PROPERTY,
                        Cypher.count(Cypher.asterisk()).as(COUNT), examples(example))
                .build();
    }

    private static Expression examples(Expression example) {
        return Cypher.subListUntil(Cypher.collect(example), EXAMPLES).as(EXAMPLES_FOUND);
    }

    /** True when the property of {@code v} is not what the model says: missing where required, or of another type. */
    private static Condition broken(PropertyContainer v, Property property) {
        org.neo4j.cypherdsl.core.Property value = v.property(property.name());
        Condition type = switch (property.kind()) {
            case TEXT -> not(value, "STRING");
            case DATE -> not(value, "DATE");
            case BOOLEAN -> not(value, "BOOLEAN");
            case ENUM -> Cypher.not(value.in(Cypher.listOf(property.constants().stream().map(Cypher::literalOf)
                    .toList())));
        };
        return property.required() ? value.isNull().or(type) : value.isNotNull().and(type);
    }

    /**
     * That {@code value} is not of {@code type}, a Cypher type such as {@code STRING NOT NULL}: a type predicate,
     * which Cypher-DSL does not have, so it is the one raw Cypher here (types from this class, never a request).
     */
    private static Condition not(Expression value, String type) {
        return Cypher.raw("NOT $E IS :: " + type, value).isTrue();
    }

    private static String expected(Property property) {
        return property.required() ? property.expected() + ", on every one" : property.expected();
    }
}
