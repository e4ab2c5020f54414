package io.accordgraph.asset;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

import io.accordgraph.graph.Entity;
import io.accordgraph.graph.Props;

/** Land, a facility or anything else whose control the parties contest. */
public record DisputedAsset(@Id @NonNull String id, @NonNull String name, @NonNull List<@NonNull String> aliases,
        AssetKind kind,
        @Description("What the sources say about the asset.") String description) implements Entity {

    public static DisputedAsset from(Value node) {
        return new DisputedAsset(Props.string(node, "id"), Props.string(node, "name"), Props.strings(node, "aliases"),
                Props.enumValue(node, "kind", AssetKind.class), Props.string(node, "description"));
    }
}
