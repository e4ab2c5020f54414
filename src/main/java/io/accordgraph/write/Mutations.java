package io.accordgraph.write;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.ExposesSubqueryCall;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Parameter;
import org.neo4j.cypherdsl.core.SymbolicName;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Hop;
import io.accordgraph.graph.model.Model;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.graph.model.Property;
import io.accordgraph.neo4j.Answer;
import io.accordgraph.neo4j.Between;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.neo4j.Statement;
import io.accordgraph.read.Projector;
import io.accordgraph.read.RequestReads;
import io.accordgraph.read.Row;
import io.accordgraph.schema.MutationField;
import io.accordgraph.schema.MutationFields;
import io.accordgraph.schema.Names;

/**
 * The mutations: an upsert per kind, {@code link}, {@code unlink} and {@code deleteEntity}, with their inputs derived
 * from the model. A document's mutations are written in one transaction ({@link DocumentWrites}); each answers with
 * what the request selects, compiled into one statement that runs in that transaction, so the answer is what was
 * written.
 */
@ApplicationScoped
public class Mutations implements MutationFields {

    private static final String SOURCE_INPUT = Names.input(EntityType.SOURCE);
    private static final String CITE = " Cite at least one source: `sources` by id, `newSources` given inline.";

    @Inject
    GraphWrites writes;
    @Inject
    RequestReads reads;
    @Inject
    DocumentWrites documents;

    @Override
    public List<MutationField> mutationFields() {
        Map<GraphQLFieldDefinition, DocumentWrites.Work> works = new LinkedHashMap<>();
        for (EntityType kind : EntityType.values()) {
            works.put(GraphQLFieldDefinition.newFieldDefinition().name("upsert" + kind.label())
                    .description("Adds a " + kind.label() + ", or updates the one with this id."
                            + (Model.inputLinks(kind).isEmpty() ? "" : " "
                                    + Model.inputLinks(kind).stream().map(l -> "`" + l.name() + "`")
                                            .collect(Collectors.joining(" and ")) + " add the links."))
                    .argument(a -> a.name("input").type(nonNull(Names.ref(Names.input(kind)))))
                    .type(nonNull(Names.ref(kind.label()))).build(),
                    (field, document) -> upsert(kind, field, document));
        }
        works.put(GraphQLFieldDefinition.newFieldDefinition().name("link")
                .description("States a fact linking two nodes, with its sources; the same link again changes nothing "
                        + "but adds new sources. Returns the fact as stored.")
                .argument(a -> a.name("input").type(nonNull(Names.ref("LinkInput"))))
                .type(nonNull(Names.ref(Names.FACT))).build(), this::link);
        works.put(GraphQLFieldDefinition.newFieldDefinition().name("unlink")
                .description("Removes a fact linking two nodes, every claim of it; with `sources`, withdraws "
                        + "only those reports' support: each claim keeps its other sources, and one left with none "
                        + "is removed. Returns how many claims it removed or withdrew sources from.")
                .argument(a -> a.name("input").type(nonNull(Names.ref("UnlinkInput"))))
                .type(nonNull(Names.INT)).build(), this::unlink);
        works.put(GraphQLFieldDefinition.newFieldDefinition().name("deleteEntity")
                .description("Deletes a node of any kind with all its relationships. A source that facts still cite "
                        + "is kept, and the error says how many cite it.")
                .argument(a -> a.name("id").type(nonNull(Names.ID)))
                .type(nonNull(Names.ref("DeletedEntity"))).build(), this::delete);
        DataFetcher<Object> fetcher = documents.fetcher(works.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().getName(), Map.Entry::getValue)));
        return works.keySet().stream().map(definition -> new MutationField(definition, fetcher)).toList();
    }

    @Override
    public List<GraphQLType> types() {
        List<GraphQLType> types = new ArrayList<>();
        for (EntityType kind : EntityType.values()) {
            types.add(kind == EntityType.SOURCE ? sourceInput() : input(kind));
        }
        types.add(linkInput());
        types.add(GraphQLInputObjectType.newInputObject().name("UnlinkInput")
                .description("A fact to remove: its type and its two ends. For SERVES, `title` picks one role when a "
                        + "person holds several; without it, every role between the two is removed.")
                .field(field("type", nonNull(Names.ref(Names.RELATIONSHIP_TYPE)), null))
                .field(field("from", nonNull(Names.ID), null)).field(field("to", nonNull(Names.ID), null))
                .field(field("title", Names.STRING, null))
                .field(field("sources", list(nonNull(Names.ID)), "Withdraw only these reports' support.")).build());
        types.add(GraphQLObjectType.newObject().name("DeletedEntity")
                .description("What a delete removed: the node and every relationship it had.")
                .field(f -> f.name("id").type(nonNull(Names.ID)))
                .field(f -> f.name("type").type(nonNull(Names.ref(Names.ENTITY_TYPE))))
                .field(f -> f.name("relationshipsRemoved").type(nonNull(Names.INT))).build());
        return types;
    }

    @SuppressWarnings("unchecked")
    private Object upsert(EntityType kind, ExecutableNormalizedField field, DocumentTransaction document) {
        Map<String, Object> input = (Map<String, Object>) field.getResolvedArguments().get("input");
        Projector projector = reads.answering(field, document.position(), kind.name());
        CypherParameters p = projector.parameters();
        Node n = Cypher.node(kind.label()).withProperties("id", p.parameter(input.get("id"))).named("n");
        Projector.Projected node = projector.node(n.getRequiredSymbolicName(), EnumSet.of(kind), field);
        Answer answer = projector.answer(Cypher.match(n).returning(node.cypher().as(Answer.COLUMN)).build(),
                node.conversion()::from);
        return writes.upsert(document, kind, input, answer);
    }

    @SuppressWarnings("unchecked")
    private Object link(ExecutableNormalizedField field, DocumentTransaction document) {
        Map<String, Object> input = (Map<String, Object>) field.getResolvedArguments().get("input");
        Predicate predicate = Predicate.valueOf((String) input.get("type"));
        Projector projector = reads.answering(field, document.position(), predicate.name());
        CypherParameters p = projector.parameters();
        Node s = end("s", p.parameter(input.get("from")));
        Node o = end("o", p.parameter(input.get("to")));
        SymbolicName r = Cypher.name("r");
        Projector.Projected fact = projector.fact(r, s.getRequiredSymbolicName(), o.getRequiredSymbolicName(), field);
        // The answer is the claim this link states: the fact with exactly these qualifiers.
        Map<String, Object> qualifiers = new HashMap<>(MutationBundle.given(input, predicate.properties()));
        for (Property date : Property.FACT_DATES) {
            if (input.get(date.name()) != null) {
                qualifiers.put(date.name(), input.get(date.name()));
            }
        }
        Answer answer = projector.answer(facts(predicate, s, o, r,
                Cypher.property(r, Claim.KEY).eq(p.parameter(Claim.key(qualifiers))))
                .returning(fact.cypher().as(Answer.COLUMN)).build(), fact.conversion()::from);
        return writes.link(document, predicate, input, answer);
    }

    @SuppressWarnings("unchecked")
    private Object unlink(ExecutableNormalizedField field, DocumentTransaction document) {
        Map<String, Object> input = (Map<String, Object>) field.getResolvedArguments().get("input");
        Predicate predicate = Predicate.valueOf((String) input.get("type"));
        String title = (String) input.get("title");
        List<String> sources = (List<String>) input.get("sources");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", input.get("from"));
        parameters.put("to", input.get("to"));
        parameters.put("key", title);
        parameters.put("sources", sources);
        Statement removal = new Statement(Statement.render(removal(predicate, title != null, sources != null)),
                parameters, records -> records.get(0).get(0).asInt());
        return writes.unlink(document, removal, "no " + predicate + " fact from '" + input.get("from") + "' to '"
                + input.get("to") + "'" + (title == null ? "" : " with title '" + title + "'")
                + (sources == null ? "" : " cited by " + sources));
    }

    /**
     * Removes the facts of a type from {@code $from} to {@code $to} (with {@code keyed}, only the one whose key is
     * {@code $key}, a role's title), and counts them. With {@code withdrawn}, withdraws the support of
     * {@code $sources} instead: each claim they supported keeps its other sources, and one left with none is removed.
     */
    static org.neo4j.cypherdsl.core.Statement removal(Predicate predicate, boolean keyed, boolean withdrawn) {
        SymbolicName r = Cypher.name("r");
        Condition keyedBy = predicate.key() == null || !keyed ? Cypher.noCondition()
                : Cypher.property(r, predicate.key()).eq(Cypher.parameter("key"));
        Node from = end("s", Cypher.parameter("from"));
        Node to = end("o", Cypher.parameter("to"));
        Expression count = Cypher.count(Cypher.asterisk());
        if (!withdrawn) {
            return facts(predicate, from, to, r, keyedBy).delete(r).returning(count).build();
        }
        Parameter<Object> sources = Cypher.parameter("sources");
        SymbolicName s = Cypher.name("source");
        SymbolicName kept = Cypher.name("kept");
        var listed = Cypher.property(r, Predicate.SOURCES);
        return facts(predicate, from, to, r, keyedBy.and(Cypher.any(s).in(listed).where(s.in(sources))))
                .with(r, Cypher.listWith(s).in(listed).where(Cypher.not(s.in(sources))).returning().as(kept))
                .call(Cypher.with(r, kept).where(Cypher.size(kept).eq(Cypher.literalOf(0))).delete(r).build(), r, kept)
                .call(Cypher.with(r, kept).where(Cypher.size(kept).gt(Cypher.literalOf(0))).set(listed.to(kept))
                        .build(), r, kept)
                .returning(count).build();
    }

    /** The facts of a type from the node {@code from} to the node {@code to}, bound to {@code r}, that satisfy it. */
    static ExposesSubqueryCall.BuildableSubquery facts(Predicate predicate, Node from, Node to, SymbolicName r,
            Condition condition) {
        return Between.matched(Cypher.match(from, to),
                predicate.out().relationship(Hop.bound(from), Hop.bound(to)).named(r), condition);
    }

    private Object delete(ExecutableNormalizedField field, DocumentTransaction document) {
        String id = (String) field.getResolvedArguments().get("id");
        GraphWrites.Deleted deleted = writes.delete(document, id);
        return Row.of(field, child -> switch (child.getName()) {
            case "id" -> id;
            case "type" -> deleted.type().name();
            default -> deleted.relationshipsRemoved();
        });
    }

    /** An end of a link: the entity with this id, bound to {@code name}. */
    static Node end(String name, Expression id) {
        return Cypher.node(EntityType.ENTITY_LABEL).withProperties("id", id).named(name);
    }

    private static GraphQLInputObjectType input(EntityType kind) {
        GraphQLInputObjectType.Builder input = GraphQLInputObjectType.newInputObject().name(Names.input(kind))
                .description("A " + kind.label() + " to add, or to update when its id exists. Fields left out keep "
                        + "their values; a new one needs a name." + CITE)
                .field(field("id", nonNull(Names.ID), null))
                .field(field("name", Names.STRING, null))
                .field(field("aliases", list(Names.STRING), null));
        kind.properties().forEach(property -> input.field(field(property.name(), type(property),
                property.description())));
        Model.inputLinks(kind).forEach(link -> input.field(field(link.name(),
                link.many() ? list(Names.ID) : Names.ID, link.description())));
        return cited(input).build();
    }

    private static GraphQLInputObjectType sourceInput() {
        GraphQLInputObjectType.Builder input = GraphQLInputObjectType.newInputObject().name(SOURCE_INPUT)
                .description("A report to add, or to update when its id exists: fields left out keep their values. "
                        + "A new source needs a name.")
                .field(field("id", nonNull(Names.ID), null))
                .field(field("name", Names.STRING, null))
                .field(field("aliases", list(Names.STRING), null));
        EntityType.SOURCE.properties().forEach(property -> input.field(field(property.name(), type(property),
                property.description())));
        return input.field(field("citedIn", list(Names.ID), "Ids of reports that relay this one, e.g. an article "
                + "quoting a news agency.")).build();
    }

    private static GraphQLInputObjectType linkInput() {
        Map<String, Property> properties = new LinkedHashMap<>();
        List<String> perType = new ArrayList<>();
        for (Predicate predicate : Predicate.facts()) {
            predicate.properties().forEach(p -> properties.putIfAbsent(p.name(), p));
            if (!predicate.properties().isEmpty()) {
                perType.add(predicate + " " + predicate.properties().stream()
                        .map(p -> "`" + p.name() + "`" + (p.required() ? " (required)" : ""))
                        .collect(Collectors.joining(", ")));
            }
        }
        GraphQLInputObjectType.Builder input = GraphQLInputObjectType.newInputObject().name("LinkInput")
                .description("A fact linking two nodes. Each type takes its own properties: "
                        + String.join("; ", perType) + ". Linking again adds the sources given to those the fact "
                        + "already cites.")
                .field(field("type", nonNull(Names.ref(Names.RELATIONSHIP_TYPE)), null))
                .field(field("from", nonNull(Names.ID), null))
                .field(field("to", nonNull(Names.ID), null))
                .field(field(Property.SINCE.name(), Names.STRING, "First day the fact holds, as an ISO date "
                        + "such as 2026-02-17, if known."))
                .field(field(Property.UNTIL.name(), Names.STRING, "Last day it held (ISO date), if it ended."));
        properties.values().forEach(property -> input.field(field(property.name(), type(property),
                property.description())));
        return cited(input).build();
    }

    private static GraphQLInputObjectType.Builder cited(GraphQLInputObjectType.Builder input) {
        return input.field(field("sources", list(Names.ID), "Ids of the reports that state it."))
                .field(field("newSources", list(Names.ref(SOURCE_INPUT)), "Reports to add and cite."));
    }

    /** Dates are given as ISO text and checked with everything else, so that a bad one is reported at its field. */
    private static GraphQLInputType type(Property property) {
        return switch (property.kind()) {
            case TEXT, DATE -> Names.STRING;
            case BOOLEAN -> Names.BOOLEAN;
            case ENUM -> Names.ref(property.vocabulary().getSimpleName());
        };
    }

    private static GraphQLInputObjectField field(String name, GraphQLInputType type, String description) {
        return GraphQLInputObjectField.newInputObjectField().name(name).type(type).description(description).build();
    }
}
