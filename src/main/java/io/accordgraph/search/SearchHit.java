package io.accordgraph.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

import io.accordgraph.entity.Entities;
import io.accordgraph.graph.Entity;

@Description("An entity that matches a search, with its relevance: higher is better, comparable within one search.")
public record SearchHit(@NonNull double score, @NonNull Entity entity) {

    static SearchHit from(Value hit) {
        return new SearchHit(hit.get("score").asDouble(), Entities.from(hit.get("node")));
    }
}
