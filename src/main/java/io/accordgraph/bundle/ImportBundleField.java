package io.accordgraph.bundle;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.io.ByteArrayInputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
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
    private static final String PREVIEW = "ImportPreview";
    private static final String ENTITY = "PreviewEntity";
    private static final String CLAIM = "PreviewClaim";

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
                .argument(a -> a.name("dryRun").type(Names.BOOLEAN).defaultValueProgrammatic(false)
                        .description("Validate and compute the change in a transaction that is rolled back: the "
                                + "same counts and problems as the import, with `preview`, and nothing written."))
                .type(nonNull(Names.ref(RESULT))).build(), this::importBundle));
    }

    @Override
    public List<GraphQLType> types() {
        GraphQLOutputType claims = nonNull(list(nonNull(Names.ref(CLAIM))));
        return List.of(GraphQLObjectType.newObject().name(RESULT)
                .description("What an import changed: both counts are zero when the graph already held every fact "
                        + "of the bundle. For a dry run, what it would change.")
                .field(f -> f.name("nodesCreated").type(nonNull(Names.INT)))
                .field(f -> f.name("relationshipsCreated").type(nonNull(Names.INT)))
                .field(f -> f.name("preview").type(Names.ref(PREVIEW))
                        .description("For a dry run, what the import would create; null for an import."))
                .build(),
                GraphQLObjectType.newObject().name(PREVIEW)
                        .description("What a bundle would change, read before it is written.")
                        .field(f -> f.name("entities").type(nonNull(list(nonNull(Names.ref(ENTITY)))))
                                .description("The entities (sources included) it would create."))
                        .field(f -> f.name("claims").type(claims)
                                .description("The claims of facts the graph does not hold yet."))
                        .field(f -> f.name("beside").type(claims).description("The claims that would stand beside "
                                + "another claim of the same fact: their sources say it differently."))
                        .build(),
                GraphQLObjectType.newObject().name(ENTITY).description("An entity an import would create.")
                        .field(f -> f.name("id").type(nonNull(Names.ID)))
                        .field(f -> f.name("type").type(nonNull(Names.STRING)).description("Its kind, as in the "
                                + "bundle: `Person`, `Source`, ..."))
                        .field(f -> f.name("name").type(Names.STRING))
                        .build(),
                GraphQLObjectType.newObject().name(CLAIM).description("A claim an import would create.")
                        .field(f -> f.name("subject").type(nonNull(Names.ID)))
                        .field(f -> f.name("predicate").type(nonNull(Names.STRING)))
                        .field(f -> f.name("object").type(nonNull(Names.ID)))
                        .field(f -> f.name("qualifiers").type(nonNull(list(nonNull(Names.ref("Attribute")))))
                                .description("`since`, `until` and the fact's properties, as text."))
                        .field(f -> f.name("sources").type(nonNull(list(nonNull(Names.ID)))))
                        .build());
    }

    /** A write slot first, as for every write; the claims record the writer the check of who may write named. */
    private CompletionStage<Object> importBundle(DataFetchingEnvironment env) {
        byte[] bundle = env.<String>getArgument("bundle").getBytes(StandardCharsets.UTF_8);
        boolean dryRun = Boolean.TRUE.equals(env.getArgument("dryRun"));
        String writer = Writer.of(env.getGraphQlContext());
        ExecutableNormalizedField field = Operations.rootField(env);
        return admission.write(() -> {
            FactBundle read = loader.read(new ByteArrayInputStream(bundle));
            return answer(field, dryRun ? loader.dryRun(read, writer) : loader.load(read, writer));
        });
    }

    /** A record as the rows of the selection under {@code field}: each field is the component of its name. */
    private static Object answer(ExecutableNormalizedField field, Object value) {
        if (value instanceof List<?> items) {
            return items.stream().map(item -> answer(field, item)).toList();
        }
        if (!(value instanceof Record record)) {
            return value;
        }
        return Row.of(field, child -> {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (component.getName().equals(child.getName())) {
                    return answer(child, invoke(component, record));
                }
            }
            throw new IllegalArgumentException("no " + child.getName() + " in " + record.getClass());
        });
    }

    private static Object invoke(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
