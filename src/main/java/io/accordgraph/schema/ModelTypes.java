package io.accordgraph.schema;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLType;
import io.accordgraph.graph.model.AssetKind;
import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.ControlExtent;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.FactView;
import io.accordgraph.graph.model.Model;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.graph.model.Property;
import io.accordgraph.graph.model.RelationField;
import io.accordgraph.graph.model.SortKeys;
import io.accordgraph.graph.model.Stance;
import io.accordgraph.graph.model.StatementKind;

/**
 * The output types of the model: the {@code Entity} interface, a type per kind with its properties and relationship
 * fields, a type per fact view ({@code Role}, ...), the generic {@code Fact}, and the enums. Everything is derived
 * from {@link io.accordgraph.graph.model}, so a kind, a property or a relationship is declared once.
 */
final class ModelTypes {

    /** The vocabularies that properties take their values from, as GraphQL enums of the same names. */
    static final List<Class<? extends Enum<?>>> VOCABULARIES = List.of(AssetKind.class, ControlExtent.class,
            Stance.class, StatementKind.class);

    private static final String FACT_SOURCES = "The reports that state this claim of the fact, and only they: a "
            + "report that says it differently has a claim of its own.";
    private static final String RECORDED_AT = "When this server first recorded the claim (server time, ISO 8601).";
    private static final String RECORDED_BY = "Who recorded it: the editor's token subject, `seed` for the shipped "
            + "reports, or `anonymous` when writes need no token.";
    private static final GraphQLFieldDefinition ID = field("id", nonNull(Names.ID),
            "Stable, readable identifier, e.g. `vladimir-medinsky`.");

    private ModelTypes() {
    }

    static List<GraphQLType> all() {
        List<GraphQLType> types = new ArrayList<>();
        types.add(DateScalar.DATE);
        types.addAll(enums());
        types.add(node());
        types.add(entity());
        for (EntityType kind : EntityType.values()) {
            types.add(kind(kind));
        }
        for (FactView view : FactView.values()) {
            types.add(view(view));
        }
        types.add(fact());
        types.add(GraphQLObjectType.newObject().name("Attribute")
                .description("A property of a fact, such as the `title` of a role or the `extent` of control, as "
                        + "text.")
                .field(f -> f.name("key").type(nonNull(Names.STRING)))
                .field(f -> f.name("value").type(nonNull(Names.STRING)))
                .build());
        types.add(GraphQLObjectType.newObject().name(Names.PROPERTY_CLAIM)
                .description("What some sources say of a property of an entity: one value, and the reports that "
                        + "give it. Where reports differ, each value has its own.")
                .field(f -> f.name("property").type(nonNull(Names.STRING)))
                .field(f -> f.name("value").type(nonNull(Names.STRING)).description("The value, as text."))
                .field(f -> f.name("current").type(nonNull(Names.BOOLEAN)).description("Whether the entity shows "
                        + "this value: that of the most recently published source."))
                .field(f -> f.name("sources").type(nonNull(list(nonNull(Names.ref(EntityType.SOURCE.label())))))
                        .description("The reports that give this value, most recently published first."))
                .build());
        return types;
    }

    private static List<GraphQLType> enums() {
        List<GraphQLType> enums = new ArrayList<>();
        GraphQLEnumType.Builder kinds = GraphQLEnumType.newEnum().name(Names.ENTITY_TYPE)
                .description("The kinds of node the graph holds.");
        Arrays.stream(EntityType.values()).forEach(k -> kinds.value(k.name(), k.name(), k.description()));
        enums.add(kinds.build());
        GraphQLEnumType.Builder predicates = GraphQLEnumType.newEnum().name(Names.RELATIONSHIP_TYPE)
                .description("The kinds of fact that link two nodes, e.g. HEADS (person to delegation), SERVES "
                        + "(person to state, with a title), CONTROLS (state to disputed asset, with an extent).");
        Predicate.facts().forEach(p -> predicates.value(p.name(), p.name(), p.description()));
        enums.add(predicates.build());
        for (Class<? extends Enum<?>> vocabulary : VOCABULARIES) {
            GraphQLEnumType.Builder values = GraphQLEnumType.newEnum().name(vocabulary.getSimpleName());
            Arrays.stream(vocabulary.getEnumConstants()).forEach(v -> values.value(v.name(), v.name()));
            enums.add(values.value(Property.UNKNOWN, Property.UNKNOWN, "A stored value that is none of the others, "
                    + "which another program wrote (see `dataProblems`). Reads answer it with an INVALID_DATA error; "
                    + "a filter by it finds those values; writes refuse it.").build());
        }
        enums.add(names("OrderField", SortKeys.ORDER_FIELDS, "What to sort by. `DATE` is the kind's own date: "
                + "`startDate` of talks, `date` of positions and statements, `publishedAt` of sources; nodes without "
                + "one come first in ascending order."));
        enums.add(names("SortDirection", SortKeys.DIRECTIONS, null));
        return enums;
    }

    /** An enum whose values are their names, which is also how Neo4j stores them. */
    private static GraphQLEnumType names(String name, List<String> values, String description) {
        GraphQLEnumType.Builder type = GraphQLEnumType.newEnum().name(name).description(description);
        values.forEach(v -> type.value(v, v));
        return type.build();
    }

    /** Relay's object identification: clients that cache by id (Relay, Apollo, urql) refetch any object by it. */
    private static GraphQLInterfaceType node() {
        return GraphQLInterfaceType.newInterface().name(Names.NODE)
                .description("An object with an id unique across the graph, which `node(id)` fetches again (Relay's "
                        + "Node).")
                .field(ID)
                .build();
    }

    private static GraphQLInterfaceType entity() {
        return GraphQLInterfaceType.newInterface().name(Names.ENTITY)
                .description("Any node of the negotiation graph: a state, person, delegation, talks, working group, "
                        + "disputed asset, issue, position, statement or source.")
                .withInterface(Names.ref(Names.NODE))
                .fields(common())
                .build();
    }

    /** The fields every kind has: id, names, reports and facts. */
    private static List<GraphQLFieldDefinition> common() {
        return List.of(
                ID,
                field("name", nonNull(Names.STRING), null),
                field("aliases", nonNull(list(nonNull(Names.STRING))), "Other names the sources use for this "
                        + "entity, e.g. `Kyiv` for Ukraine."),
                relation(Model.SOURCES),
                relation(Model.SOURCES_AGGREGATE),
                field(Names.PROPERTY_CLAIMS, nonNull(list(nonNull(Names.ref(Names.PROPERTY_CLAIM)))), "What each "
                        + "source says "
                        + "of this entity's properties, one entry per property and value: where reports disagree "
                        + "(a talks' end date, say), every value is here with its sources, and the plain field shows "
                        + "the value of the most recently published one."),
                GraphQLFieldDefinition.newFieldDefinition().name("facts")
                        .description("Every relationship of this entity as a fact (subject, predicate, object), "
                                + "newest first, each with its sources.")
                        .type(nonNull(list(nonNull(Names.ref(Names.FACT)))))
                        .argument(Arguments.asOf()).argument(Arguments.knownAt())
                        .argument(Arguments.first("How many, newest first; the default page size when not given."))
                        .build());
    }

    private static GraphQLObjectType kind(EntityType kind) {
        GraphQLObjectType.Builder type = GraphQLObjectType.newObject().name(kind.label())
                .description(kind.description()).withInterface(Names.ref(Names.NODE))
                .withInterface(Names.ref(Names.ENTITY));
        type.fields(common());
        for (Property property : kind.properties()) {
            type.field(field(property.name(), property(property), property.description()));
        }
        for (RelationField relation : Model.fields(kind)) {
            if (relation != Model.SOURCES && relation != Model.SOURCES_AGGREGATE) {
                type.field(relation(relation));
            }
        }
        return type.build();
    }

    /** A relationship field, with the arguments its shape takes. */
    private static GraphQLFieldDefinition relation(RelationField relation) {
        GraphQLFieldDefinition.Builder field = GraphQLFieldDefinition.newFieldDefinition().name(relation.name())
                .description(relation.description());
        EntityType target = relation.target();
        switch (relation.shape()) {
            case ONE -> field.type(Names.ref(Names.type(target)));
            case COUNT -> field.type(nonNull(Names.INT));
            case MANY -> field.type(nonNull(list(nonNull(Names.ref(Names.type(target))))));
            case FACTS -> field.type(nonNull(list(nonNull(Names.ref(relation.view().typeName())))));
            case AGGREGATE -> field.type(nonNull(Names.ref(Names.aggregate(Names.type(target)))))
                    .argument(Arguments.where(target));
        }
        if (relation.listed()) {
            field.argument(Arguments.where(target)).argument(Arguments.orderBy())
                    .argument(Arguments.first("How many; the default page size when not given."));
        }
        if (relation.singleHop()) {
            field.argument(Arguments.asOf());
        }
        if (relation.shape() != RelationField.Shape.COUNT) {
            field.argument(Arguments.knownAt());
        }
        return field.build();
    }

    private static GraphQLObjectType view(FactView view) {
        RelationField field = Arrays.stream(EntityType.values()).flatMap(k -> Model.fields(k).stream())
                .filter(f -> f.view() == view && f.shape() == RelationField.Shape.FACTS).findFirst().orElseThrow();
        GraphQLObjectType.Builder type = GraphQLObjectType.newObject().name(view.typeName())
                .description(view.description());
        type.field(field(view.farEnd(), nonNull(Names.ref(Names.type(field.target()))), null));
        return claimFields(type.fields(fields(view.predicate().qualifiers()))).build();
    }

    private static GraphQLObjectType fact() {
        return claimFields(GraphQLObjectType.newObject().name(Names.FACT)
                .description("One relationship of the graph read as a statement, subject - predicate - object, with "
                        + "when it held and the reports that say so, e.g. `Vladimir Medinsky` HEADS `Russian "
                        + "delegation`.")
                .field(field("subject", nonNull(Names.ref(Names.ENTITY)), null))
                .field(field("predicate", nonNull(Names.STRING), "The relationship type, e.g. `HEADS`, `CONTROLS`, "
                        + "`SERVES`."))
                .field(field("object", nonNull(Names.ref(Names.ENTITY)), null))
                .fields(fields(Property.FACT_DATES))
                .field(field("attributes", nonNull(list(nonNull(Names.ref("Attribute")))), "The fact's other "
                        + "properties, e.g. the `title` of a role."))).build();
    }

    private static List<GraphQLFieldDefinition> fields(List<Property> properties) {
        return properties.stream().map(p -> field(p.name(), property(p), p.description())).toList();
    }

    /** A claim's sources and when and by whom it was recorded, on the generic fact and on each view. */
    private static GraphQLObjectType.Builder claimFields(GraphQLObjectType.Builder type) {
        return type.field(field("sources", nonNull(list(nonNull(Names.ref(EntityType.SOURCE.label())))), FACT_SOURCES))
                .field(field(Claim.RECORDED_AT, Names.STRING, RECORDED_AT))
                .field(field(Claim.RECORDED_BY, Names.STRING, RECORDED_BY));
    }

    /** The output type of a property: non-null when a read always answers it. */
    static GraphQLOutputType property(Property property) {
        GraphQLOutputType type = switch (property.kind()) {
            case TEXT -> Names.STRING;
            case DATE -> Names.ref(Names.DATE);
            case BOOLEAN -> Names.BOOLEAN;
            case ENUM -> Names.ref(property.vocabulary().getSimpleName());
        };
        return property.alwaysAnswered() ? nonNull(type) : type;
    }

    private static GraphQLFieldDefinition field(String name, GraphQLOutputType type, String description,
            GraphQLArgument... arguments) {
        return GraphQLFieldDefinition.newFieldDefinition().name(name).type(type).description(description)
                .arguments(List.of(arguments)).build();
    }
}
