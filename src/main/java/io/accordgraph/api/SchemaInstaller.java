package io.accordgraph.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.accordgraph.auth.Access;
import io.accordgraph.auth.GuardedFetcher;
import io.accordgraph.read.QueryFields;
import io.accordgraph.read.RequestReads;
import io.accordgraph.read.Row;
import io.accordgraph.read.RowFetcher;
import io.accordgraph.schema.GeneratedTypes;
import io.accordgraph.schema.MutationFields;
import io.accordgraph.schema.SubscriptionFields;
import io.smallrye.graphql.spi.config.Config;

/**
 * Builds the schema on the scalars, directives and code registry that SmallRye GraphQL declares: the types and inputs
 * derived from {@link io.accordgraph.graph.model}, the query fields that {@link RequestReads} compiles, and the
 * mutation and subscription fields. Every field of those types reads its value from the rows of a compiled statement.
 * Every root field passes the check of who may read or write ({@link Access}).
 */
@ApplicationScoped
public class SchemaInstaller {

    @Inject
    RequestReads reads;
    @Inject
    Instance<QueryFields> queryContributions;
    @Inject
    Instance<MutationFields> mutationContributions;
    @Inject
    Instance<SubscriptionFields> subscriptionContributions;
    @Inject
    Access access;

    void install(@Observes GraphQLSchema.Builder builder) {
        GraphQLSchema smallRye = builder.build();
        List<GraphQLType> types = new ArrayList<>(GeneratedTypes.beside(smallRye));
        queryContributions.forEach(c -> types.addAll(c.types()));
        mutationContributions.forEach(c -> types.addAll(c.types()));

        GraphQLCodeRegistry.Builder code = GraphQLCodeRegistry.newCodeRegistry(smallRye.getCodeRegistry());
        // The root types are the model's alone, with the descriptions SmallRye gave them while annotated classes
        // declared fields: SmallRye's Query holds only its anchor (schema/SmallRyeAnchor), and it declares no Mutation.
        GraphQLObjectType.Builder query = GraphQLObjectType.newObject().name("Query").description("Query root");
        reads.fields().forEach(field -> {
            query.field(field.definition());
            code.dataFetcher(FieldCoordinates.coordinates("Query", field.definition().getName()), reads);
        });
        GraphQLObjectType.Builder mutation = GraphQLObjectType.newObject().name("Mutation")
                .description("Mutation root");
        mutationContributions.forEach(c -> c.mutationFields().forEach(field -> {
            mutation.field(field.definition());
            code.dataFetcher(FieldCoordinates.coordinates("Mutation", field.definition().getName()), field.fetcher());
        }));
        // Each subscription fetcher answers a stream; graphql-java runs the selection on every event it carries.
        GraphQLObjectType.Builder subscription = GraphQLObjectType.newObject().name("Subscription");
        subscriptionContributions.forEach(c -> c.subscriptionFields().forEach(field -> {
            subscription.field(field.definition());
            code.dataFetcher(FieldCoordinates.coordinates("Subscription", field.definition().getName()),
                    field.fetcher());
        }));
        for (GraphQLType type : types) {
            if (type instanceof GraphQLObjectType object) {
                object.getFieldDefinitions().forEach(field -> code.dataFetcher(
                        FieldCoordinates.coordinates(object.getName(), field.getName()), RowFetcher.INSTANCE));
            } else if (type instanceof GraphQLInterfaceType entity) {
                code.typeResolver(entity, env -> env.getSchema().getObjectType(((Row) env.getObject()).kind().label()));
            }
        }
        // SmallRye turns its default setting "default" into a blocked-fields pattern that costs a regex match at
        // every field of every answer; the default visibility is what it means.
        if (Config.FIELD_VISIBILITY_DEFAULT.equals(Config.get().getFieldVisibility())) {
            code.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
        }
        GraphQLObjectType queries = query.build();
        GraphQLObjectType mutations = mutation.build();
        GraphQLObjectType subscriptions = subscription.build();
        guard(code, queries, Access.Need.READ);
        guard(code, mutations, Access.Need.WRITE);
        // A subscription reads what writes change: the same rule as a query.
        guard(code, subscriptions, Access.Need.READ);
        builder.query(queries).mutation(mutations).subscription(subscriptions)
                .additionalTypes(new HashSet<>(types)).codeRegistry(code.build());
    }

    private void guard(GraphQLCodeRegistry.Builder code, GraphQLObjectType root, Access.Need need) {
        for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
            FieldCoordinates coordinates = FieldCoordinates.coordinates(root.getName(), field.getName());
            code.dataFetcher(coordinates, new GuardedFetcher(access, need, code.getDataFetcher(coordinates, field)));
        }
    }
}
