package io.accordgraph.search;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.SymbolicName;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.neo4j.GraphSchema;
import io.accordgraph.neo4j.Statement;
import io.accordgraph.read.ChildProjections;
import io.accordgraph.read.Projector;
import io.accordgraph.read.Row;
import io.accordgraph.read.SingleQueryField;
import io.accordgraph.read.page.PageSize;
import io.accordgraph.schema.Arguments;
import io.accordgraph.schema.Names;

/** Full-text search over names, aliases and statement text, through the index GraphSchema creates. */
@ApplicationScoped
public class SearchField implements SingleQueryField {

    private static final String HIT = "SearchHit";

    @Inject
    PageSize pageSize;

    @Override
    public List<GraphQLType> types() {
        return List.of(GraphQLObjectType.newObject().name(HIT)
                .description("An entity that matches a search, with its relevance: higher is better, comparable "
                        + "within one search.")
                .field(f -> f.name("score").type(nonNull(Names.FLOAT)))
                .field(f -> f.name("entity").type(nonNull(Names.ref(Names.ENTITY))))
                .build());
    }

    @Override
    public GraphQLFieldDefinition definition() {
        return GraphQLFieldDefinition.newFieldDefinition().name("search")
                .description("Entities whose name, aliases or (for statements) text contain any of the words, best "
                        + "match first. Case and accents do not matter; the text is taken literally (no query "
                        + "syntax). `types` narrows the kinds; `first` defaults to and may not exceed the configured "
                        + "page sizes.")
                .argument(a -> a.name("text").type(nonNull(Names.STRING)))
                .argument(a -> a.name("types").type(list(Names.ref(Names.ENTITY_TYPE))))
                .argument(Arguments.first("How many hits; the default and the maximum are configured."))
                .type(nonNull(list(nonNull(Names.ref(HIT)))))
                .build();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Statement compile(ExecutableNormalizedField field, Projector projector) {
        Map<String, Object> args = field.getResolvedArguments();
        List<String> types = (List<String>) args.get("types");
        List<String> labels = (types == null || types.isEmpty() ? EnumSet.allOf(EntityType.class)
                : types.stream().map(EntityType::valueOf).toList()).stream().map(EntityType::label).toList();
        var p = projector.parameters();
        Expression query = p.parameter(LuceneQuery.anyWordOf((String) args.get("text")));
        Expression kinds = p.parameter(labels);
        Expression limit = p.parameter(pageSize.of(Arguments.integer(args, "first")));
        SymbolicName node = Cypher.name("node");
        SymbolicName score = Cypher.name("score");
        SymbolicName l = Cypher.name("l");
        ChildProjections entities = new ChildProjections(ChildProjections.named(field.getChildren(), "entity"), 1,
                child -> projector.node(node, EnumSet.allOf(EntityType.class), child));
        List<Expression> items = new ArrayList<>(List.of(score));
        items.addAll(entities.expressions());
        org.neo4j.cypherdsl.core.Statement tree = Cypher.call("db.index.fulltext.queryNodes")
                .withArgs(Cypher.literalOf(GraphSchema.FULLTEXT_INDEX), query).yield(node, score)
                .where(Cypher.any(l).in(Cypher.labels(node)).where(l.in(kinds)))
                .with(node, score).orderBy(score.descending(), node.property("id").ascending()).limit(limit)
                .returning(Cypher.listOf(items)).build();
        return projector.statement(tree, records -> records.stream().map(r -> r.get(0))
                .map(hit -> (Object) Row.of(field, child -> child.getName().equals("score")
                        ? hit.get(0).asDouble() : entities.from(child, hit)))
                .toList());
    }
}
