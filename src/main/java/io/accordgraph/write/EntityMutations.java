package io.accordgraph.write;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.accordgraph.asset.DisputedAsset;
import io.accordgraph.asset.DisputedAssetInput;
import io.accordgraph.delegation.Delegation;
import io.accordgraph.delegation.DelegationInput;
import io.accordgraph.graph.EntityType;
import io.accordgraph.issue.Issue;
import io.accordgraph.issue.IssueInput;
import io.accordgraph.person.Person;
import io.accordgraph.person.PersonInput;
import io.accordgraph.position.Position;
import io.accordgraph.position.PositionInput;
import io.accordgraph.source.Source;
import io.accordgraph.source.SourceInput;
import io.accordgraph.state.State;
import io.accordgraph.state.StateInput;
import io.accordgraph.statement.Statement;
import io.accordgraph.statement.StatementInput;
import io.accordgraph.talks.Talks;
import io.accordgraph.talks.TalksInput;
import io.accordgraph.workinggroup.WorkingGroup;
import io.accordgraph.workinggroup.WorkingGroupInput;

/**
 * Create, update and delete for every kind of node. An upsert with the same input twice changes nothing; fields
 * left out keep their values; each runs in one transaction and is refused whole when anything is wrong.
 */
@GraphQLApi
public class EntityMutations {

    private final GraphWrites writes;

    EntityMutations(GraphWrites writes) {
        this.writes = writes;
    }

    @Mutation
    @Description("Adds a report, or updates the one with this id.")
    public @NonNull Source upsertSource(@NonNull SourceInput input) {
        return writes.upsertSource(input);
    }

    @Mutation
    public @NonNull State upsertState(@NonNull StateInput input) {
        return writes.upsert(EntityType.STATE, input, State::from);
    }

    @Mutation
    public @NonNull Person upsertPerson(@NonNull PersonInput input) {
        return writes.upsert(EntityType.PERSON, input, Person::from);
    }

    @Mutation
    public @NonNull Delegation upsertDelegation(@NonNull DelegationInput input) {
        return writes.upsert(EntityType.DELEGATION, input, Delegation::from);
    }

    @Mutation
    public @NonNull Talks upsertTalks(@NonNull TalksInput input) {
        return writes.upsert(EntityType.TALKS, input, Talks::from);
    }

    @Mutation
    public @NonNull WorkingGroup upsertWorkingGroup(@NonNull WorkingGroupInput input) {
        return writes.upsert(EntityType.WORKING_GROUP, input, WorkingGroup::from);
    }

    @Mutation
    public @NonNull DisputedAsset upsertDisputedAsset(@NonNull DisputedAssetInput input) {
        return writes.upsert(EntityType.DISPUTED_ASSET, input, DisputedAsset::from);
    }

    @Mutation
    public @NonNull Issue upsertIssue(@NonNull IssueInput input) {
        return writes.upsert(EntityType.ISSUE, input, Issue::from);
    }

    @Mutation
    @Description("Adds a position, or updates the one with this id; `holder` and `concerns` add the links.")
    public @NonNull Position upsertPosition(@NonNull PositionInput input) {
        return writes.upsert(EntityType.POSITION, input, Position::from);
    }

    @Mutation
    @Description("Adds a statement, or updates the one with this id; `speaker` and `about` add the links.")
    public @NonNull Statement upsertStatement(@NonNull StatementInput input) {
        return writes.upsert(EntityType.STATEMENT, input, Statement::from);
    }

    @Mutation
    @Description("Deletes a node of any kind with all its relationships. A source that facts still cite is kept, "
            + "and the error says how many cite it.")
    public @NonNull DeletedEntity deleteEntity(@NonNull @Id String id) {
        return writes.delete(id);
    }
}
