package io.accordgraph.schema;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeReference;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Model;
import io.accordgraph.graph.model.Property;

/**
 * The input types of {@code where} and {@code orderBy}, derived from the model: per kind a {@code ...Where} with its
 * properties and relationship filters, the operator inputs they use, and {@code Order}. The compiler reads them
 * back in {@link io.accordgraph.read.filter.Filters}.
 */
final class FilterInputs {

    private FilterInputs() {
    }

    static List<GraphQLType> all() {
        List<GraphQLType> inputs = new ArrayList<>();
        inputs.add(GraphQLInputObjectType.newInputObject().name("IdFilter")
                .description("Matches ids exactly: `eq` one id, `in` any of a list.")
                .field(input("eq", Names.ID)).field(input("in", list(Names.ID))).build());
        inputs.add(GraphQLInputObjectType.newInputObject().name("TextFilter")
                .description("Case-insensitive text match; all given operators must hold. For a list property "
                        + "(aliases), one element must match them all.")
                .field(input("eq", Names.STRING)).field(input("in", list(Names.STRING)))
                .field(input("contains", Names.STRING)).field(input("startsWith", Names.STRING)).build());
        GraphQLTypeReference date = Names.ref(Names.DATE);
        inputs.add(GraphQLInputObjectType.newInputObject().name("DateFilter")
                .description("Date conditions (ISO dates), all of which must hold: `eq`, `before`, `after`, "
                        + "`onOrBefore`, `onOrAfter`. A node without the date matches none.")
                .field(input("eq", date)).field(input("before", date)).field(input("after", date))
                .field(input("onOrBefore", date)).field(input("onOrAfter", date)).build());
        inputs.add(GraphQLInputObjectType.newInputObject().name("BooleanFilter")
                .description("Matches a yes/no property; a missing one reads as false.")
                .field(input("eq", Names.BOOLEAN)).build());
        for (Class<? extends Enum<?>> vocabulary : ModelTypes.VOCABULARIES) {
            GraphQLTypeReference type = Names.ref(vocabulary.getSimpleName());
            inputs.add(GraphQLInputObjectType.newInputObject().name(vocabulary.getSimpleName() + "Filter")
                    .description("Matches one value (`eq`) or any of a list (`in`).")
                    .field(input("eq", type)).field(input("in", list(type))).build());
        }
        inputs.add(GraphQLInputObjectType.newInputObject().name(Names.ORDER)
                .description("One sort key; lists sort by the keys in the order given, then by id, so that pages "
                        + "are stable.")
                .field(input("field", nonNull(Names.ref("OrderField"))))
                .field(GraphQLInputObjectField.newInputObjectField().name("direction")
                        .type(Names.ref("SortDirection")).defaultValueProgrammatic("ASC").build())
                .build());
        inputs.add(where(null));
        inputs.add(relationFilter(null));
        for (EntityType kind : EntityType.values()) {
            inputs.add(where(kind));
            inputs.add(relationFilter(kind));
        }
        return inputs;
    }

    /** The filter on one kind's nodes, or on nodes of any kind (null) through the fields all kinds share. */
    private static GraphQLInputObjectType where(EntityType kind) {
        String name = Names.where(kind);
        GraphQLInputObjectType.Builder where = GraphQLInputObjectType.newInputObject().name(name)
                .description(kind == null ? "Filter on an entity of any kind, through the fields all kinds share."
                        : "Filter on " + kind.plural() + ". All given fields must hold; text matches ignore case.")
                .field(input("id", Names.ref("IdFilter")))
                .field(input("name", Names.ref("TextFilter")))
                .field(input("aliases", Names.ref("TextFilter")));
        if (kind != null) {
            for (Property property : kind.properties()) {
                where.field(input(property.name(), operators(property)));
            }
            for (Model.RelationFilter filter : Model.relationFilters(kind)) {
                where.field(GraphQLInputObjectField.newInputObjectField().name(filter.name())
                        .description(filter.description())
                        .type(Names.ref(relationFilterName(filter.hop().target()))).build());
            }
        }
        return where.field(input("AND", list(Names.ref(name))))
                .field(input("OR", list(Names.ref(name))))
                .field(input("NOT", Names.ref(name)))
                .build();
    }

    private static GraphQLInputType operators(Property property) {
        return Names.ref(switch (property.kind()) {
            case TEXT -> "TextFilter";
            case DATE -> "DateFilter";
            case BOOLEAN -> "BooleanFilter";
            case ENUM -> property.vocabulary().getSimpleName() + "Filter";
        });
    }

    private static GraphQLInputObjectType relationFilter(EntityType kind) {
        return GraphQLInputObjectType.newInputObject().name(relationFilterName(kind))
                .description("Through a relationship: `some` related node matches, or `none` does.")
                .field(input("some", Names.ref(Names.where(kind))))
                .field(input("none", Names.ref(Names.where(kind))))
                .build();
    }

    private static String relationFilterName(EntityType kind) {
        return Names.type(kind) + "RelationFilter";
    }

    private static GraphQLInputObjectField input(String name, GraphQLInputType type) {
        return GraphQLInputObjectField.newInputObjectField().name(name).type(type).build();
    }
}
