package io.accordgraph.fact;

import static io.accordgraph.graph.Cypher.citedSources;
import static io.accordgraph.graph.Cypher.node;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.accordgraph.asset.DisputedAsset;
import io.accordgraph.delegation.Delegation;
import io.accordgraph.graph.Entity;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.graph.Relation;
import io.accordgraph.issue.Issue;
import io.accordgraph.person.Person;
import io.accordgraph.position.Position;
import io.accordgraph.state.State;
import io.accordgraph.statement.Statement;
import io.accordgraph.talks.Talks;
import io.accordgraph.workinggroup.WorkingGroup;

/**
 * The {@code facts} field of every entity type: each relationship touching the entity, in either direction, with
 * its sources. Provenance links (REPORTED_BY) are left out: {@code sources} shows them.
 * SmallRye batches a field only per concrete type, hence one method per type.
 */
@GraphQLApi
@Description("What the graph knows about each entity, fact by fact, with the reports behind each.")
public class FactApi {

    // Facts with a start date first, the newest of them first; then by predicate and by the other end's name.
    private static final Relation<Fact> FACTS = new Relation<>("UNWIND $ids AS id "
            + "MATCH (n:Entity {id: id})-[r]-(other:Entity) WHERE NOT r:REPORTED_BY "
            + "WITH id, r, other, startNode(r) AS s, endNode(r) AS o "
            + "RETURN id, {predicate: type(r), subject: " + node("s") + ", object: " + node("o") + ", "
            + "since: r.since, until: r.until, properties: properties(r), sources: " + citedSources("r") + "} AS value "
            + "ORDER BY r.since IS NULL, r.since DESC, type(r), other.name", Fact::from);

    private final GraphReader graph;

    FactApi(GraphReader graph) {
        this.graph = graph;
    }

    private List<List<Fact>> factsAbout(List<? extends Entity> entities) {
        return graph.perParent(FACTS, entities);
    }

    @Name("facts")
    public @NonNull List<@NonNull List<@NonNull Fact>> factsOfState(@Source List<State> entities) {
        return factsAbout(entities);
    }

    @Name("facts")
    public @NonNull List<@NonNull List<@NonNull Fact>> factsOfPerson(@Source List<Person> entities) {
        return factsAbout(entities);
    }

    @Name("facts")
    public @NonNull List<@NonNull List<@NonNull Fact>> factsOfDelegation(@Source List<Delegation> entities) {
        return factsAbout(entities);
    }

    @Name("facts")
    public @NonNull List<@NonNull List<@NonNull Fact>> factsOfTalks(@Source List<Talks> entities) {
        return factsAbout(entities);
    }

    @Name("facts")
    public @NonNull List<@NonNull List<@NonNull Fact>> factsOfWorkingGroup(@Source List<WorkingGroup> entities) {
        return factsAbout(entities);
    }

    @Name("facts")
    public @NonNull List<@NonNull List<@NonNull Fact>> factsOfDisputedAsset(@Source List<DisputedAsset> entities) {
        return factsAbout(entities);
    }

    @Name("facts")
    public @NonNull List<@NonNull List<@NonNull Fact>> factsOfIssue(@Source List<Issue> entities) {
        return factsAbout(entities);
    }

    @Name("facts")
    public @NonNull List<@NonNull List<@NonNull Fact>> factsOfPosition(@Source List<Position> entities) {
        return factsAbout(entities);
    }

    @Name("facts")
    public @NonNull List<@NonNull List<@NonNull Fact>> factsOfStatement(@Source List<Statement> entities) {
        return factsAbout(entities);
    }

    @Name("facts")
    public @NonNull List<@NonNull List<@NonNull Fact>> factsOfSource(
            @Source List<io.accordgraph.source.Source> entities) {
        return factsAbout(entities);
    }
}
