package io.accordgraph.bundle;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import graphql.schema.DataFetchingEnvironment;
import io.accordgraph.graph.Admission;
import io.accordgraph.graph.Writer;
import io.smallrye.graphql.api.Context;

/** Imports a fact bundle through GraphQL: the path {@code POST /bundles} takes, for clients that only speak GraphQL. */
@GraphQLApi
public class BundleApi {

    private final BundleLoader loader;
    private final Context context;
    private final Admission admission;

    BundleApi(BundleLoader loader, Context context, Admission admission) {
        this.loader = loader;
        this.context = context;
        this.admission = admission;
    }

    @Mutation
    @Description("Imports a fact bundle given as JSON text (pass it as a variable); its format is published at "
            + "/bundles/schema.json. All of it is written, or nothing: the error lists every problem with its JSON "
            + "path. Importing the same bundle again changes nothing.")
    public @NonNull CompletionStage<LoadResult> importBundle(@NonNull String bundle) {
        String writer = Writer.of(context.unwrap(DataFetchingEnvironment.class).getGraphQlContext());
        return admission.write(() -> loader.load(
                loader.read(new ByteArrayInputStream(bundle.getBytes(StandardCharsets.UTF_8))), writer));
    }
}
