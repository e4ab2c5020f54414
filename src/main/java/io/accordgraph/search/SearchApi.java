package io.accordgraph.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.accordgraph.graph.Cypher;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.graph.GraphSchema;
import io.accordgraph.graph.page.PageSize;

/** Full-text search over names, aliases and statement text, through the index GraphSchema creates. */
@GraphQLApi
public class SearchApi {

    static final String SEARCH = "CALL db.index.fulltext.queryNodes('" + GraphSchema.FULLTEXT_INDEX
            + "', $query) YIELD node, score "
            + "WHERE any(l IN labels(node) WHERE l IN $labels) "
            + "RETURN {score: score, node: " + Cypher.node("node") + "} ORDER BY score DESC, node.id LIMIT $limit";

    private final GraphReader graph;
    private final PageSize pageSize;

    SearchApi(GraphReader graph, PageSize pageSize) {
        this.graph = graph;
        this.pageSize = pageSize;
    }

    @Query
    @Description("Entities whose name, aliases or (for statements) text contain any of the words, best match first. "
            + "Case and accents do not matter; the text is taken literally (no query syntax). `types` narrows the "
            + "kinds; `first` defaults to and may not exceed the configured page sizes.")
    public @NonNull List<@NonNull SearchHit> search(@NonNull String text, List<EntityType> types,
            Integer first) {
        List<EntityType> kinds = types == null || types.isEmpty() ? Arrays.asList(EntityType.values()) : types;
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("query", LuceneQuery.anyWordOf(text));
        parameters.put("labels", kinds.stream().map(EntityType::label).toList());
        parameters.put("limit", pageSize.of(first));
        return graph.list(SEARCH, parameters, SearchHit::from);
    }
}
