package io.accordgraph.source;

import static io.accordgraph.graph.Cypher.node;

import java.util.List;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

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
 * The {@code sources} field of every entity type: the reports a node rests on, through its REPORTED_BY
 * relationships. SmallRye batches a field only per concrete type, hence one method per type.
 */
@GraphQLApi
public class ProvenanceApi {

    private static final Relation<Source> REPORTED_BY = new Relation<>("UNWIND $ids AS id "
            + "MATCH (:Entity {id: id})-[:REPORTED_BY]->(s:Source) RETURN id, " + node("s") + " AS value ORDER BY s.id",
            Source::from);

    private final GraphReader graph;

    ProvenanceApi(GraphReader graph) {
        this.graph = graph;
    }

    private List<List<Source>> reportedBy(List<? extends Entity> entities) {
        return graph.perParent(REPORTED_BY, entities);
    }

    @Name("sources")
    public @NonNull List<@NonNull List<@NonNull Source>> sourcesOfState(
            @org.eclipse.microprofile.graphql.Source List<State> entities) {
        return reportedBy(entities);
    }

    @Name("sources")
    public @NonNull List<@NonNull List<@NonNull Source>> sourcesOfPerson(
            @org.eclipse.microprofile.graphql.Source List<Person> entities) {
        return reportedBy(entities);
    }

    @Name("sources")
    public @NonNull List<@NonNull List<@NonNull Source>> sourcesOfDelegation(
            @org.eclipse.microprofile.graphql.Source List<Delegation> entities) {
        return reportedBy(entities);
    }

    @Name("sources")
    public @NonNull List<@NonNull List<@NonNull Source>> sourcesOfTalks(
            @org.eclipse.microprofile.graphql.Source List<Talks> entities) {
        return reportedBy(entities);
    }

    @Name("sources")
    public @NonNull List<@NonNull List<@NonNull Source>> sourcesOfWorkingGroup(
            @org.eclipse.microprofile.graphql.Source List<WorkingGroup> entities) {
        return reportedBy(entities);
    }

    @Name("sources")
    public @NonNull List<@NonNull List<@NonNull Source>> sourcesOfDisputedAsset(
            @org.eclipse.microprofile.graphql.Source List<DisputedAsset> entities) {
        return reportedBy(entities);
    }

    @Name("sources")
    public @NonNull List<@NonNull List<@NonNull Source>> sourcesOfIssue(
            @org.eclipse.microprofile.graphql.Source List<Issue> entities) {
        return reportedBy(entities);
    }

    @Name("sources")
    public @NonNull List<@NonNull List<@NonNull Source>> sourcesOfPosition(
            @org.eclipse.microprofile.graphql.Source List<Position> entities) {
        return reportedBy(entities);
    }

    @Name("sources")
    public @NonNull List<@NonNull List<@NonNull Source>> sourcesOfStatement(
            @org.eclipse.microprofile.graphql.Source List<Statement> entities) {
        return reportedBy(entities);
    }

    @Name("sources")
    public @NonNull List<@NonNull List<@NonNull Source>> sourcesOfSource(
            @org.eclipse.microprofile.graphql.Source List<Source> entities) {
        return reportedBy(entities);
    }
}
