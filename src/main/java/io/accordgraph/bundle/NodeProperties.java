package io.accordgraph.bundle;

import static io.accordgraph.bundle.PropertySpec.bool;
import static io.accordgraph.bundle.PropertySpec.date;
import static io.accordgraph.bundle.PropertySpec.oneOf;
import static io.accordgraph.bundle.PropertySpec.text;

import java.util.List;
import java.util.Map;

import io.accordgraph.asset.AssetKind;
import io.accordgraph.graph.EntityType;
import io.accordgraph.position.Stance;
import io.accordgraph.statement.StatementKind;

/** The properties, beyond id, name and aliases, that each kind of node takes in a bundle. */
final class NodeProperties {

    private static final Map<EntityType, List<PropertySpec>> BY_TYPE = Map.of(
            EntityType.TALKS, List.of(text("location"), date("startDate"), date("endDate"), text("description")),
            EntityType.WORKING_GROUP, List.of(text("focus")),
            EntityType.DISPUTED_ASSET, List.of(oneOf("kind", AssetKind.class), text("description")),
            EntityType.ISSUE, List.of(text("description")),
            EntityType.POSITION, List.of(oneOf("stance", Stance.class), text("summary"), date("date")),
            EntityType.STATEMENT, List.of(oneOf("kind", StatementKind.class), text("text"), bool("quoted"),
                    date("date"), text("attributedTo")));

    private NodeProperties() {
    }

    static List<PropertySpec> of(EntityType type) {
        return BY_TYPE.getOrDefault(type, List.of());
    }
}
