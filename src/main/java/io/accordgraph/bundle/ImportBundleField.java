package io.accordgraph.bundle;

import static graphql.schema.GraphQLNonNull.nonNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import io.accordgraph.graph.Admission;
import io.accordgraph.graphql.Writer;
import io.accordgraph.read.Operations;
import io.accordgraph.read.Row;
import io.accordgraph.schema.MutationField;
import io.accordgraph.schema.MutationFields;
import io.accordgraph.schema.Names;

/** {@code importBundle}: the path {@code POST /bundles} takes, for clients that only speak GraphQL. */
@ApplicationScoped
public class ImportBundleField implements MutationFields {

    private static final String RESULT = "LoadResult";

    @Inject
    BundleLoader loader;
    @Inject
    Admission admission;

    @Override
    public List<MutationField> mutationFields() {
        return List.of(new MutationField(GraphQLFieldDefinition.newFieldDefinition().name("importBundle")
                .description("Imports a fact bundle given as JSON text (pass it as a variable); its format is "
                        + "published at /bundles/schema.json. All of it is written, or nothing: the error lists "
                        + "every problem with its JSON path. Importing the same bundle again changes nothing.")
                .argument(a -> a.name("bundle").type(nonNull(Names.STRING)))
                .type(nonNull(Names.ref(RESULT))).build(), this::importBundle));
    }

    @Override
    public List<GraphQLType> types() {
        return List.of(GraphQLObjectType.newObject().name(RESULT)
                .description("What an import changed: both counts are zero when the graph already held every fact "
                        + "of the bundle.")
                .field(f -> f.name("nodesCreated").type(nonNull(Names.INT)))
                .field(f -> f.name("relationshipsCreated").type(nonNull(Names.INT)))
                .build());
    }

    /** A write slot first, as for every write; the claims record the writer the check of who may write named. */
    private CompletionStage<Row> importBundle(DataFetchingEnvironment env) {
        byte[] bundle = env.<String>getArgument("bundle").getBytes(StandardCharsets.UTF_8);
        String writer = Writer.of(env.getGraphQlContext());
        ExecutableNormalizedField field = Operations.rootField(env);
        return admission.write(() -> {
            LoadResult result = loader.load(loader.read(new ByteArrayInputStream(bundle)), writer);
            return Row.of(field, child -> child.getName().equals("nodesCreated") ? result.nodesCreated()
                    : result.relationshipsCreated());
        });
    }
}
