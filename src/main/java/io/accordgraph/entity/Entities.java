package io.accordgraph.entity;

import org.neo4j.driver.Value;

import io.accordgraph.asset.DisputedAsset;
import io.accordgraph.delegation.Delegation;
import io.accordgraph.graph.Entity;
import io.accordgraph.graph.EntityType;
import io.accordgraph.issue.Issue;
import io.accordgraph.person.Person;
import io.accordgraph.position.Position;
import io.accordgraph.source.Source;
import io.accordgraph.state.State;
import io.accordgraph.statement.Statement;
import io.accordgraph.talks.Talks;
import io.accordgraph.workinggroup.WorkingGroup;

/** Turns a node projection of any kind into the matching GraphQL type, for fields typed {@code Entity}. */
public final class Entities {

    private Entities() {
    }

    public static Entity from(Value node) {
        return switch (EntityType.ofLabel(node.get("type").asString())) {
            case STATE -> State.from(node);
            case PERSON -> Person.from(node);
            case DELEGATION -> Delegation.from(node);
            case TALKS -> Talks.from(node);
            case WORKING_GROUP -> WorkingGroup.from(node);
            case DISPUTED_ASSET -> DisputedAsset.from(node);
            case ISSUE -> Issue.from(node);
            case POSITION -> Position.from(node);
            case STATEMENT -> Statement.from(node);
            case SOURCE -> Source.from(node);
        };
    }
}
