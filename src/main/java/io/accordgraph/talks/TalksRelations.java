package io.accordgraph.talks;

import io.accordgraph.delegation.Delegation;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.Relation;
import io.accordgraph.graph.page.RelationList;
import io.accordgraph.issue.Issue;
import io.accordgraph.state.State;
import io.accordgraph.workinggroup.WorkingGroup;

/** The Cypher behind the fields of Talks, each run once per batch of parents. */
final class TalksRelations {

    static final Relation<State> SPONSORS = Relation.nodes("Talks", "<-[:SPONSORS]-", "State", State::from);
    static final Relation<State> PARTIES = Relation.nodes("Talks", "<-[:PARTY_TO]-", "State", State::from);
    static final RelationList<Delegation> DELEGATIONS =
            RelationList.nodes("Talks", "<-[r:PARTICIPATES_IN]-", EntityType.DELEGATION, Delegation::from);
    static final Relation<WorkingGroup> WORKING_GROUPS =
            Relation.nodes("Talks", "<-[:PART_OF]-", "WorkingGroup", WorkingGroup::from);
    static final Relation<Issue> ISSUES = Relation.nodes("Talks", "-[:ADDRESSES]->", "Issue", Issue::from);

    private TalksRelations() {
    }
}
