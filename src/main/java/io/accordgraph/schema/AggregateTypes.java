package io.accordgraph.schema;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLType;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.GroupKey;
import io.accordgraph.graph.model.Property;
import io.accordgraph.graph.model.PropertyKind;

/**
 * The types of aggregates, from the model: per kind (and for {@code Entity} and {@code Fact}) an aggregate with its
 * count, a {@code DateRange} per date property and, where the kind has {@link GroupKey}s, its groups, each with the
 * same figures and a key whose fields are the grouped values.
 */
final class AggregateTypes {

    /** The field of an aggregate that lists its groups. */
    static final String GROUPS = "groups";

    private AggregateTypes() {
    }

    static List<GraphQLType> all() {
        List<GraphQLType> types = new ArrayList<>();
        types.add(GraphQLObjectType.newObject().name(Names.DATE_RANGE)
                .description("The earliest and the latest date among those counted; null when none has one.")
                .field(f -> f.name("min").type(Names.ref(Names.DATE)))
                .field(f -> f.name("max").type(Names.ref(Names.DATE)))
                .build());
        types.add(GraphQLEnumType.newEnum().name(Names.GROUP_ORDER_FIELD)
                .description("What groups sort by: their `count`, or their key (the keys in the order `by` names "
                        + "them; an entity by its id).")
                .value("COUNT").value("KEY").build());
        types.add(GraphQLInputObjectType.newInputObject().name(Names.GROUP_ORDER)
                .description("One sort key of groups; ties are broken by count, largest first, then by key.")
                .field(GraphQLInputObjectField.newInputObjectField().name("field")
                        .type(nonNull(Names.ref(Names.GROUP_ORDER_FIELD))).build())
                .field(GraphQLInputObjectField.newInputObjectField().name("direction")
                        .type(Names.ref("SortDirection")).defaultValueProgrammatic("ASC").build())
                .build());
        for (EntityType kind : EntityType.values()) {
            types.addAll(of(Names.type(kind), kind.properties().stream()
                    .filter(p -> p.kind() == PropertyKind.DATE).toList(), GroupKey.of(kind)));
        }
        types.addAll(of(Names.ENTITY, List.of(), List.of()));
        types.addAll(of(Names.FACT, Property.FACT_DATES, GroupKey.FACTS));
        return types;
    }

    /** The aggregate of {@code type}, and the types of its groups when it has keys. */
    private static List<GraphQLType> of(String type, List<Property> dates, List<GroupKey> keys) {
        List<GraphQLType> types = new ArrayList<>();
        GraphQLObjectType.Builder aggregate = GraphQLObjectType.newObject().name(Names.aggregate(type))
                .description("How many " + type + " match, the range of each of their dates"
                        + (keys.isEmpty() ? "." : ", and the same per group."))
                .fields(figures(dates));
        if (!keys.isEmpty()) {
            aggregate.field(GraphQLFieldDefinition.newFieldDefinition().name(GROUPS)
                    .description("One group per distinct key; by count, largest first, then by key, unless "
                            + "`orderBy` says otherwise.")
                    .argument(Arguments.groupBy(type))
                    .argument(Arguments.first("How many groups; the default page size when not given."))
                    .argument(Arguments.groupOrder())
                    .type(nonNull(list(nonNull(Names.ref(Names.group(type)))))));
            GraphQLEnumType.Builder by = GraphQLEnumType.newEnum().name(Names.groupBy(type))
                    .description("The keys " + type + " can be grouped by.");
            GraphQLObjectType.Builder key = GraphQLObjectType.newObject().name(Names.groupKey(type))
                    .description("The values a group of " + type + " shares; a key it is not grouped by is null.");
            for (GroupKey groupKey : keys) {
                by.value(groupKey.name(), groupKey.name(), description(groupKey));
                key.field(f -> f.name(groupKey.field()).type(keyType(groupKey)));
            }
            types.add(by.build());
            types.add(key.build());
            types.add(GraphQLObjectType.newObject().name(Names.group(type))
                    .description("The " + type + " that share one key.")
                    .fields(figures(dates))
                    .field(f -> f.name("key").type(nonNull(Names.ref(Names.groupKey(type)))))
                    .build());
        }
        types.add(aggregate.build());
        return types;
    }

    /** The count, and a range per date. */
    private static List<GraphQLFieldDefinition> figures(List<Property> dates) {
        List<GraphQLFieldDefinition> fields = new ArrayList<>();
        fields.add(GraphQLFieldDefinition.newFieldDefinition().name("count").type(nonNull(Names.INT)).build());
        for (Property date : dates) {
            fields.add(GraphQLFieldDefinition.newFieldDefinition().name(date.name())
                    .type(nonNull(Names.ref(Names.DATE_RANGE))).description(date.description()).build());
        }
        return fields;
    }

    private static GraphQLOutputType keyType(GroupKey key) {
        return switch (key.source()) {
            case PROPERTY -> Names.ref(key.property().vocabulary().getSimpleName());
            case RELATION -> Names.ref(Names.type(key.relation().target()));
            case BUCKET -> Names.STRING;
            case PREDICATE -> Names.ref(Names.RELATIONSHIP_TYPE);
            case SOURCE -> Names.ref(EntityType.SOURCE.label());
        };
    }

    private static String description(GroupKey key) {
        return switch (key.source()) {
            case PROPERTY -> "By `" + key.property().name() + "`.";
            case RELATION -> "By `" + key.relation().name() + "`: the node that field shows.";
            case BUCKET -> "By the " + key.bucket().name().toLowerCase(java.util.Locale.ROOT) + " of `"
                    + key.property().name() + "`, as `" + (key.bucket() == GroupKey.Bucket.MONTH ? "2026-02" : "2026")
                    + "`.";
            case PREDICATE -> "By the fact's type.";
            case SOURCE -> "By each report the fact cites: a fact two reports state counts in both groups.";
        };
    }
}
