package io.accordgraph.stats;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How big the graph is.")
public record Stats(@NonNull @Description("Nodes per kind (Neo4j label), and under `Entity` all of them.")
        List<@NonNull Count> labels,
        @NonNull @Description("Relationships per type, provenance (`REPORTED_BY`) included.")
        List<@NonNull Count> relationshipTypes) {
}
