package io.accordgraph.graph;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What every node of the graph has. The methods carry {@code @Name} because SmallRye reads only getters otherwise.
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

    /**
     * Declares the field on the interface. Every type resolves it in one batched query per level
     * ({@code ProvenanceApi}); SmallRye cannot batch a field declared on an interface.
     */
    @NonNull
    @Name("sources")
    @Description("The reports that state this entity; for a source, the reports that cite it.")
    default List<io.accordgraph.source.@NonNull Source> sources() {
        return List.of();
    }

    /** Declares the field on the interface; {@code FactApi} resolves it per type, in one batched query per level. */
    @NonNull
    @Name("facts")
    @Description("Every relationship of this entity as a fact (subject, predicate, object), newest first, each with "
            + "its sources.")
    default List<io.accordgraph.fact.@NonNull Fact> facts() {
        return List.of();
    }
}
