package io.accordgraph.entity;

import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.neo4j.Statement;
import io.accordgraph.read.Projector;
import io.accordgraph.read.QueryField;
import io.accordgraph.read.QueryFields;
import io.accordgraph.schema.Arguments;
import io.accordgraph.schema.Names;

/**
 * {@code entity(id)} and Relay's {@code node(id)}: any node by its id, through the index of the shared
 * {@code Entity} label. The two differ only in the interface they answer with.
 */
@ApplicationScoped
public class EntityField implements QueryFields {

    @Override
    public List<QueryField> queryFields() {
        return List.of(new ById("entity", Names.ENTITY, "The node with this id, whatever its kind, or null if there "
                + "is none."), new ById("node", Names.NODE, "Relay's refetch: the object with this id, or null if "
                + "there is none. The same lookup as `entity`."));
    }

    /** A root field that answers the node with the given id as the interface {@code type}. */
    private record ById(String name, String type, String description) implements QueryField {

        @Override
        public GraphQLFieldDefinition definition() {
            return GraphQLFieldDefinition.newFieldDefinition().name(name).description(description)
                    .argument(a -> a.name("id").type(GraphQLNonNull.nonNull(Names.ID)))
                    .argument(Arguments.knownAt())
                    .type(Names.ref(type))
                    .build();
        }

        @Override
        public Statement compile(ExecutableNormalizedField field, Projector projector) {
            Node n = Cypher.node(EntityType.ENTITY_LABEL)
                    .withProperties("id", projector.parameters().parameter(field.getResolvedArguments().get("id")))
                    .named("n");
            Projector.Projected node = projector.node(n.getRequiredSymbolicName(), EnumSet.allOf(EntityType.class),
                    field);
            return projector.statement(Cypher.match(n).where(projector.known(n.getRequiredSymbolicName()))
                    .returning(node.cypher()).build(),
                    records -> records.isEmpty() ? null : node.conversion().from(records.get(0).get(0)));
        }
    }
}
