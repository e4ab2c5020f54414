package io.accordgraph.talks;

import static io.accordgraph.graph.Cypher.related;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.accordgraph.delegation.Delegation;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.issue.Issue;
import io.accordgraph.state.State;
import io.accordgraph.workinggroup.WorkingGroup;

@ApplicationScoped
class TalksRepository {

    private static final String SPONSORS = related("Talks", "<-[:SPONSORS]-", "State");
    private static final String PARTIES = related("Talks", "<-[:PARTY_TO]-", "State");
    private static final String DELEGATIONS = related("Talks", "<-[:PARTICIPATES_IN]-", "Delegation");
    private static final String WORKING_GROUPS = related("Talks", "<-[:PART_OF]-", "WorkingGroup");
    private static final String ISSUES = related("Talks", "-[:ADDRESSES]->", "Issue");

    private final GraphReader graph;

    TalksRepository(GraphReader graph) {
        this.graph = graph;
    }

    List<Talks> all() {
        return graph.all(EntityType.TALKS, Talks::from);
    }

    List<List<State>> sponsors(List<Talks> talks) {
        return graph.perParent(SPONSORS, talks, State::from);
    }

    List<List<State>> parties(List<Talks> talks) {
        return graph.perParent(PARTIES, talks, State::from);
    }

    List<List<Delegation>> delegations(List<Talks> talks) {
        return graph.perParent(DELEGATIONS, talks, Delegation::from);
    }

    List<List<WorkingGroup>> workingGroups(List<Talks> talks) {
        return graph.perParent(WORKING_GROUPS, talks, WorkingGroup::from);
    }

    List<List<Issue>> issues(List<Talks> talks) {
        return graph.perParent(ISSUES, talks, Issue::from);
    }
}
