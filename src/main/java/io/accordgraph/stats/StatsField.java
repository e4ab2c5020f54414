package io.accordgraph.stats;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.ExposesReturning;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.driver.Record;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.neo4j.Statement;
import io.accordgraph.read.Conversion;
import io.accordgraph.read.Projector;
import io.accordgraph.read.Row;
import io.accordgraph.read.SingleQueryField;
import io.accordgraph.schema.Names;

/** {@code stats}: how many nodes of each kind and relationships of each type the graph holds. */
@ApplicationScoped
public class StatsField implements SingleQueryField {

    private static final String STATS = "Stats";
    private static final String COUNT = "Count";
    private static final SymbolicName COUNTED = Cypher.name("count");

    // One count per label and one per relationship type of the model, each as its own MATCH of one label or type
    // with nothing else: the planner answers that shape from Neo4j's count store, in constant time. Labels and types
    // come from EntityType and Predicate, never from a request.
    static final org.neo4j.cypherdsl.core.Statement LABELS_COUNTED = counts(labels(), label -> {
        Node n = Cypher.node(label).named("n");
        return Cypher.match(n).with(Cypher.count(n).as(COUNTED));
    }, "labels");
    // Types with no relationship are left out.
    static final org.neo4j.cypherdsl.core.Statement RELATIONSHIPS_COUNTED = counts(Arrays.stream(Predicate.values())
            .map(Predicate::name).sorted().toList(), type -> {
                Relationship r = Predicate.valueOf(type).out().relationship(Cypher.anyNode(), Cypher.anyNode())
                        .named("r");
                return Cypher.match(r).with(Cypher.count(r.getRequiredSymbolicName()).as(COUNTED))
                        .where(COUNTED.gt(Cypher.literalOf(0)));
            }, "relationshipTypes");
    static final String LABELS = Statement.render(LABELS_COUNTED);
    static final String RELATIONSHIPS = Statement.render(RELATIONSHIPS_COUNTED);
    private static final String CYPHER = Statement.render(Cypher.call(LABELS_COUNTED)
            .call(RELATIONSHIPS_COUNTED).returning(Cypher.name("labels"), Cypher.name("relationshipTypes")).build());

    @Override
    public List<GraphQLType> types() {
        return List.of(GraphQLObjectType.newObject().name(STATS).description("How big the graph is.")
                .field(f -> f.name("labels").type(nonNull(list(nonNull(Names.ref(COUNT)))))
                        .description("Nodes per kind (Neo4j label), and under `Entity` all of them."))
                .field(f -> f.name("relationshipTypes").type(nonNull(list(nonNull(Names.ref(COUNT)))))
                        .description("Relationships per type, provenance (`REPORTED_BY`) included."))
                .build(),
                GraphQLObjectType.newObject().name(COUNT)
                        .field(f -> f.name("name").type(nonNull(Names.STRING)))
                        .field(f -> f.name("count").type(nonNull(Names.INT)))
                        .build());
    }

    @Override
    public GraphQLFieldDefinition definition() {
        return GraphQLFieldDefinition.newFieldDefinition().name("stats")
                .description("How many nodes of each kind and relationships of each type the graph holds.")
                .type(nonNull(Names.ref(STATS)))
                .build();
    }

    @Override
    public Statement compile(ExecutableNormalizedField field, Projector projector) {
        return new Statement(CYPHER, Map.of(), records -> stats(field, records.get(0)));
    }

    /** The columns are named as the fields of {@code Stats}, and each count's keys as those of {@code Count}. */
    private static Row stats(ExecutableNormalizedField field, Record record) {
        return Row.of(field, list -> record.get(list.getName()).asList(count -> Row.of(list,
                item -> Conversion.PLAIN.from(count.get(item.getName())))));
    }

    private static List<String> labels() {
        List<String> labels = new ArrayList<>(List.of(EntityType.ENTITY_LABEL));
        Arrays.stream(EntityType.values()).map(EntityType::label).forEach(labels::add);
        return labels;
    }

    /** A list {@code [{name, count}]} named {@code as}, in the names' order, each counted by a UNION branch. */
    private static org.neo4j.cypherdsl.core.Statement counts(List<String> names,
            Function<String, ExposesReturning> count, String as) {
        SymbolicName i = Cypher.name("i");
        SymbolicName name = Cypher.name("name");
        List<org.neo4j.cypherdsl.core.Statement> branches = IntStream.range(0, names.size())
                .mapToObj(at -> (org.neo4j.cypherdsl.core.Statement) count.apply(names.get(at))
                        .returning(Cypher.literalOf(at).as(i), Cypher.literalOf(names.get(at)).as(name), COUNTED)
                        .build())
                .toList();
        return Cypher.call(Cypher.unionAll(branches)).with(Cypher.asterisk()).orderBy(i.ascending())
                .returning(Cypher.collect(Cypher.mapOf("name", name, "count", COUNTED)).as(as)).build();
    }
}
