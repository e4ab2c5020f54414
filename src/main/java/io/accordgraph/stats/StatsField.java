package io.accordgraph.stats;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.Record;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.neo4j.Statement;
import io.accordgraph.read.Conversion;
import io.accordgraph.read.Names;
import io.accordgraph.read.Projector;
import io.accordgraph.read.Row;
import io.accordgraph.read.SingleQueryField;

/** {@code stats}: how many nodes of each kind and relationships of each type the graph holds. */
@ApplicationScoped
public class StatsField implements SingleQueryField {

    private static final String STATS = "Stats";
    private static final String COUNT = "Count";

    // One count per label and one per relationship type of the model, each as its own MATCH of one label or type
    // with nothing else: the planner answers that shape from Neo4j's count store, in constant time. Labels and types
    // come from EntityType and Predicate, never from a request.
    static final String LABELS = counts(labels(), label -> "MATCH (n:" + label + ") WITH count(n) AS count",
            "labels");
    // Types with no relationship are left out.
    static final String RELATIONSHIPS = counts(Arrays.stream(Predicate.values()).map(Predicate::name).sorted()
            .toList(), type -> "MATCH " + Predicate.valueOf(type).out().between("", "r", "")
                    + " WITH count(r) AS count WHERE count > 0", "relationshipTypes");
    private static final String CYPHER = "CALL () { " + LABELS + " } CALL () { " + RELATIONSHIPS + " } RETURN "
            + "labels, relationshipTypes";

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
    private static String counts(List<String> names, Function<String, String> count, String as) {
        return IntStream.range(0, names.size())
                .mapToObj(i -> count.apply(names.get(i)) + " RETURN " + i + " AS i, '" + names.get(i)
                        + "' AS name, count")
                .collect(Collectors.joining(" UNION ALL ", "CALL () { ", " } WITH * ORDER BY i RETURN "
                        + "collect({name: name, count: count}) AS " + as));
    }
}
