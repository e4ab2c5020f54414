package io.accordgraph.live;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.reactivestreams.Publisher;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Hop;
import io.accordgraph.neo4j.GraphReader;
import io.accordgraph.neo4j.Statement;
import io.accordgraph.read.Operations;
import io.accordgraph.read.Projector;
import io.accordgraph.read.RequestReads;
import io.accordgraph.schema.Names;
import io.accordgraph.schema.SubscriptionField;
import io.accordgraph.schema.SubscriptionFields;
import io.smallrye.mutiny.Multi;
import mutiny.zero.flow.adapters.AdaptersToReactiveStreams;

/**
 * {@code factAdded} and {@code entityChanged}: the facts and nodes that this server's writes state, pushed after
 * they commit. Each subscriber's selection is compiled like a query's; the changes of one write are read with one
 * statement per {@link #ROWS_PER_READ} of them, so an import of 10,000 entities costs a subscriber 20 reads, not
 * 10,000, and then reaches it as one event per entity.
 */
@ApplicationScoped
public class Subscriptions implements SubscriptionFields {

    static final int ROWS_PER_READ = 500;

    @Inject
    ChangeEvents events;
    @Inject
    RequestReads reads;
    @Inject
    GraphReader reader;

    @Override
    public List<SubscriptionField> subscriptionFields() {
        return List.of(
                new SubscriptionField(GraphQLFieldDefinition.newFieldDefinition().name("factAdded")
                        .description("Each fact a write of this server states from now on (a new one, or one "
                                + "cited again by another source), after the write commits; optionally only those "
                                + "from `subject`, to `object`, or of `types`.")
                        .argument(a -> a.name("subject").type(Names.ID))
                        .argument(a -> a.name("object").type(Names.ID))
                        .argument(a -> a.name("types").type(list(nonNull(Names.ref(Names.RELATIONSHIP_TYPE)))))
                        .type(nonNull(Names.ref(Names.FACT))).build(), this::factAdded),
                new SubscriptionField(GraphQLFieldDefinition.newFieldDefinition().name("entityChanged")
                        .description("Each node a write of this server creates or updates from now on, as it is "
                                + "once the write commits; optionally only the one with `id`, or those of `types`.")
                        .argument(a -> a.name("id").type(Names.ID))
                        .argument(a -> a.name("types").type(list(nonNull(Names.ref(Names.ENTITY_TYPE)))))
                        .type(nonNull(Names.ref(Names.ENTITY))).build(), this::entityChanged));
    }

    private Publisher<Object> factAdded(DataFetchingEnvironment env) {
        String subject = env.getArgument("subject");
        String object = env.getArgument("object");
        List<String> types = env.getArgument("types");
        ExecutableNormalizedField field = Operations.rootField(env);
        return stream(changes -> changes.facts().stream()
                .filter(f -> subject == null || subject.equals(f.subject()))
                .filter(f -> object == null || object.equals(f.object()))
                .filter(f -> types == null || types.contains(f.predicate().name())).toList(),
                facts -> facts(facts, field));
    }

    private Publisher<Object> entityChanged(DataFetchingEnvironment env) {
        String id = env.getArgument("id");
        List<String> types = env.getArgument("types");
        ExecutableNormalizedField field = Operations.rootField(env);
        return stream(changes -> changes.entities().stream()
                .filter(e -> id == null || id.equals(e.id()))
                .filter(e -> types == null || types.contains(e.kind().name())).toList(),
                entities -> entities(entities, field));
    }

    /** The subscriber's events: what it wants of each write, read in slices, one event per row. */
    private <T> Publisher<Object> stream(Function<CommittedChanges, List<T>> wanted,
            Function<List<T>, Statement> read) {
        Multi<Object> rows = events.committed()
                .onItem().transformToIterable(changes -> slices(wanted.apply(changes)))
                .onItem().transformToMultiAndConcatenate(slice -> Multi.createFrom()
                        .completionStage(() -> reader.readAll(Map.of(0, read.apply(slice))))
                        .onItem().transformToIterable(answers -> rowsOf(answers.get(0))));
        return AdaptersToReactiveStreams.publisher(rows);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> rowsOf(Object answer) {
        return (List<Object>) answer;
    }

    private static <T> List<List<T>> slices(List<T> all) {
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < all.size(); from += ROWS_PER_READ) {
            slices.add(all.subList(from, Math.min(all.size(), from + ROWS_PER_READ)));
        }
        return slices;
    }

    private Statement facts(List<CommittedChanges.Fact> facts, ExecutableNormalizedField field) {
        Projector projector = reads.projector();
        SymbolicName change = Cypher.name("change");
        Node s = entity("s", change.property("subject"));
        Node o = entity("o", change.property("object"));
        SymbolicName r = Cypher.name("r");
        Projector.Projected fact = projector.fact(r, s.getRequiredSymbolicName(), o.getRequiredSymbolicName(), field);
        List<Map<String, Object>> rows = facts.stream().map(f -> {
            Map<String, Object> row = new HashMap<>();
            row.put("subject", f.subject());
            row.put("predicate", f.predicate().name());
            row.put("object", f.object());
            row.put("keyName", f.predicate().key());
            row.put("key", f.key());
            return row;
        }).toList();
        return projector.statement(Cypher.unwind(projector.parameters().parameter(rows)).as(change)
                .match(Hop.anyType(s, o).named(r))
                .where(Cypher.type(r).eq(change.property("predicate")).and(change.property("key").isNull()
                        .or(r.property(change.property("keyName")).eq(change.property("key")))))
                .returning(fact.cypher()).build(),
                records -> records.stream().map(record -> fact.conversion().from(record.get(0))).toList());
    }

    private Statement entities(List<CommittedChanges.Entity> entities, ExecutableNormalizedField field) {
        Projector projector = reads.projector();
        SymbolicName id = Cypher.name("id");
        Node n = entity("n", id);
        Projector.Projected node = projector.node(n.getRequiredSymbolicName(), EnumSet.allOf(EntityType.class), field);
        return projector.statement(Cypher.unwind(projector.parameters().parameter(entities.stream()
                .map(CommittedChanges.Entity::id).toList())).as(id).match(n).returning(node.cypher()).build(),
                records -> records.stream().map(record -> node.conversion().from(record.get(0))).toList());
    }

    /** The entity whose id {@code id} gives, bound to {@code name}. */
    private static Node entity(String name, org.neo4j.cypherdsl.core.Expression id) {
        return Cypher.node(EntityType.ENTITY_LABEL).withProperties("id", id).named(name);
    }
}
