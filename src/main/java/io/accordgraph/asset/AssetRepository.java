package io.accordgraph.asset;

import static io.accordgraph.graph.Cypher.related;
import static io.accordgraph.graph.Cypher.relatedFacts;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.issue.Issue;
import io.accordgraph.position.Position;

@ApplicationScoped
class AssetRepository {

    private static final String CONTROLLED_BY = relatedFacts("DisputedAsset", "<-[r:CONTROLS]-", "State");
    private static final String CLAIMED_BY = relatedFacts("DisputedAsset", "<-[r:CLAIMS]-", "State");
    private static final String POSITIONS = related("DisputedAsset", "<-[:CONCERNS]-", "Position");
    private static final String ISSUES = related("DisputedAsset", "<-[:INVOLVES]-", "Issue");

    private final GraphReader graph;

    AssetRepository(GraphReader graph) {
        this.graph = graph;
    }

    List<DisputedAsset> all() {
        return graph.all(EntityType.DISPUTED_ASSET, DisputedAsset::from);
    }

    List<List<Control>> controls(List<DisputedAsset> assets) {
        return graph.perParent(CONTROLLED_BY, assets, Control::from);
    }

    List<List<Claim>> claims(List<DisputedAsset> assets) {
        return graph.perParent(CLAIMED_BY, assets, Claim::from);
    }

    List<List<Position>> positions(List<DisputedAsset> assets) {
        return graph.perParent(POSITIONS, assets, Position::from);
    }

    List<List<Issue>> issues(List<DisputedAsset> assets) {
        return graph.perParent(ISSUES, assets, Issue::from);
    }
}
