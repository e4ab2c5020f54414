package io.accordgraph.schema;

import graphql.schema.GraphQLTypeReference;
import io.accordgraph.graph.model.EntityType;

/**
 * The names of the GraphQL types the schema generates from the model, so that the fields that use them and the
 * generator that declares them agree. Types are referred to by name; the schema resolves the names when it is built.
 */
public final class Names {

    public static final String NODE = "Node";
    public static final String ENTITY = "Entity";
    public static final String ENTITY_WHERE = "EntityWhere";
    public static final String ENTITY_TYPE = "EntityType";
    public static final String RELATIONSHIP_TYPE = "RelationshipType";
    public static final String FACT = "Fact";
    public static final String PROPERTY_CLAIM = "PropertyClaim";
    /** The field listing what each source says of an entity's properties (a state's `claims` are to assets). */
    public static final String PROPERTY_CLAIMS = "propertyClaims";
    public static final String DATE = "Date";
    public static final String ORDER = "Order";
    public static final String PAGE_INFO = "PageInfo";
    public static final String DATE_RANGE = "DateRange";
    public static final String GROUP_ORDER = "GroupOrder";
    public static final String GROUP_ORDER_FIELD = "GroupOrderField";

    // The built-in scalars by name: SmallRye GraphQL declares its own instances of them, which the schema keeps.
    public static final GraphQLTypeReference INT = ref("Int");
    public static final GraphQLTypeReference FLOAT = ref("Float");
    public static final GraphQLTypeReference STRING = ref("String");
    public static final GraphQLTypeReference BOOLEAN = ref("Boolean");
    public static final GraphQLTypeReference ID = ref("ID");

    private Names() {
    }

    public static GraphQLTypeReference ref(String name) {
        return GraphQLTypeReference.typeRef(name);
    }

    /** The kind's type, or {@code Entity} for null (several kinds). */
    public static String type(EntityType kind) {
        return kind == null ? ENTITY : kind.label();
    }

    /** The filter input of the kind's nodes, e.g. {@code PersonWhere}; {@code EntityWhere} for null. */
    public static String where(EntityType kind) {
        return kind == null ? ENTITY_WHERE : kind.label() + "Where";
    }

    public static String connection(EntityType kind) {
        return kind.label() + "Connection";
    }

    public static String edge(EntityType kind) {
        return kind.label() + "Edge";
    }

    /**
     * The aggregate of the nodes of a type, e.g. {@code StatementAggregate}, named after {@link #type} or
     * {@link #FACT}; its groups are {@code StatementGroup}, keyed by {@code StatementGroupKey}, chosen by the enum
     * {@code StatementGroupBy}.
     */
    public static String aggregate(String type) {
        return type + "Aggregate";
    }

    public static String group(String type) {
        return type + "Group";
    }

    public static String groupKey(String type) {
        return type + "GroupKey";
    }

    public static String groupBy(String type) {
        return type + "GroupBy";
    }

    /** The upsert input of the kind, e.g. {@code PersonInput}. */
    public static String input(EntityType kind) {
        return kind.label() + "Input";
    }
}
