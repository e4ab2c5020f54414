package io.accordgraph.graph;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What every node of the graph has. The methods carry {@code @Name} because SmallRye reads only getters otherwise.
 * The fields {@code sources} and {@code facts} are added to the interface, and so to every type, by batched
 * {@code @Source} methods in {@code ProvenanceApi} and {@code FactApi}.
 */
@Interface
@Description("Any node of the negotiation graph: a state, person, delegation, talks, working group, disputed asset, "
        + "issue, position, statement or source.")
public interface Entity {

    @Id
    @NonNull
    @Description("Stable, readable identifier, e.g. `vladimir-medinsky`.")
    @Name("id")
    String id();

    @NonNull
    @Name("name")
    String name();

    @NonNull
    @Description("Other names the sources use for this entity, e.g. `Kyiv` for Ukraine.")
    @Name("aliases")
    List<@NonNull String> aliases();
}
