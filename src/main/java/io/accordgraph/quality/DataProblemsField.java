package io.accordgraph.quality;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.Record;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.graph.model.Property;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.neo4j.Statement;
import io.accordgraph.read.Names;
import io.accordgraph.read.Projector;
import io.accordgraph.read.Row;
import io.accordgraph.read.SingleQueryField;

/**
 * {@code dataProblems}: for an operator who points the server at a Neo4j that other programs write too, which stored
 * values do not fit the model, counted per kind and property, with examples to fix. One statement, built from the
 * model: a scan of each kind's label and each relationship type, checking every property's type in one pass.
 */
@ApplicationScoped
public class DataProblemsField implements SingleQueryField {

    private static final String TYPE = "DataProblem";
    private static final int EXAMPLES = 5;

    private final String statement;
    private final Map<String, Object> parameters;
    /** What each checked property should hold, by owner and property. */
    private final Map<List<String>, String> expected = new LinkedHashMap<>();

    DataProblemsField() {
        CypherParameters p = new CypherParameters();
        List<String> scans = new ArrayList<>();
        for (EntityType kind : EntityType.values()) {
            Map<String, String> checks = new LinkedHashMap<>();
            checks.put("id", "NOT n.id IS :: STRING NOT NULL");
            checks.put("name", "NOT n.name IS :: STRING NOT NULL");
            checks.put("aliases", "NOT n.aliases IS :: LIST<STRING NOT NULL>");
            kind.properties().forEach(property -> checks.put(property.name(), broken("n", property, p)));
            scans.add(scan(kind.label(), "MATCH (n:" + kind.label() + ")", "n.id", checks));
            expect(kind.label(), "id", "text");
            expect(kind.label(), "name", "text");
            expect(kind.label(), "aliases", "a list of text");
            kind.properties().forEach(property -> expect(kind.label(), property.name(), expected(property)));
        }
        for (Predicate predicate : Predicate.facts()) {
            Map<String, String> checks = new LinkedHashMap<>();
            List<Property> properties = new ArrayList<>(predicate.properties());
            properties.add(Property.date("since", null));
            properties.add(Property.date("until", null));
            properties.forEach(property -> checks.put(property.name(), broken("r", property, p)));
            properties.forEach(property -> expect(predicate.name(), property.name(), expected(property)));
            scans.add(scan(predicate.name(), "MATCH " + predicate.out().between("a", "r", "b"),
                    "coalesce(a.id, '?') + ' -> ' + coalesce(b.id, '?')", checks));
        }
        scans.add("MATCH (n:" + EntityType.ENTITY_LABEL + ") WHERE NOT any(l IN labels(n) WHERE l IN "
                + p.add(EntityType.labels()) + ") RETURN '" + EntityType.ENTITY_LABEL + "' AS owner, 'labels' AS "
                + "property, count(*) AS count, collect(coalesce(n.id, elementId(n)))[.." + EXAMPLES
                + "] AS examples");
        expect(EntityType.ENTITY_LABEL, "labels", "one of " + EntityType.labels());
        this.statement = "CALL () { " + String.join(" UNION ALL ", scans) + " } WITH * WHERE count > 0 "
                + "RETURN owner, property, count, examples ORDER BY owner, property";
        this.parameters = p.values();
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
    private static String scan(String owner, String match, String example, Map<String, String> checks) {
        List<String> cases = checks.entrySet().stream()
                .map(c -> "CASE WHEN " + c.getValue() + " THEN '" + c.getKey() + "' END").toList();
        return match + " UNWIND [x IN [" + String.join(", ", cases) + "] WHERE x IS NOT NULL] AS property "
                + "RETURN '" + owner + "' AS owner, property, count(*) AS count, collect(" + example + ")[.."
                + EXAMPLES + "] AS examples";
    }

    /** True when the property of {@code v} is not what the model says: missing where required, or of another type. */
    private static String broken(String v, Property property, CypherParameters p) {
        String value = v + "." + property.name();
        String type = switch (property.kind()) {
            case TEXT -> "NOT " + value + " IS :: STRING";
            case DATE -> "NOT " + value + " IS :: DATE";
            case BOOLEAN -> "NOT " + value + " IS :: BOOLEAN";
            case ENUM -> "NOT " + value + " IN " + p.add(property.constants());
        };
        return property.required() ? value + " IS NULL OR " + type : value + " IS NOT NULL AND " + type;
    }

    private static String expected(Property property) {
        return property.required() ? property.expected() + ", on every one" : property.expected();
    }
}
