package io.accordgraph.claim;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SymbolicName;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLFieldDefinition;
import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Hop;
import io.accordgraph.graph.model.Property;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.neo4j.Statement;
import io.accordgraph.read.Projector;
import io.accordgraph.read.SingleQueryField;
import io.accordgraph.read.page.PageSize;
import io.accordgraph.schema.Arguments;
import io.accordgraph.schema.Names;

/**
 * {@code changes}: the claims first published in a window, by the earliest {@code publishedAt} of their sources,
 * newest first: "what is new since Monday?". One statement; it reads every claim's sources, so on a large graph it
 * costs a scan of the facts (a claim's sources are ids on the relationship, which no index serves).
 */
@ApplicationScoped
public class ChangesField implements SingleQueryField {

    @Inject
    PageSize pageSize;

    @Override
    public GraphQLFieldDefinition definition() {
        return GraphQLFieldDefinition.newFieldDefinition().name("changes")
                .description("The claims first published between `since` and `until` (both included; `until` "
                        + "open when not given), by the earliest publication date of their sources, newest first. "
                        + "For an older page, ask again with `until` set to the last date seen.")
                .argument(a -> a.name("since").type(nonNull(Names.ref(Names.DATE))))
                .argument(a -> a.name("until").type(Names.ref(Names.DATE)))
                .argument(Arguments.first("How many; the default page size when not given."))
                .type(nonNull(list(nonNull(Names.ref(Names.FACT)))))
                .build();
    }

    @Override
    public boolean heavy(ExecutableNormalizedField field) {
        return true;
    }

    @Override
    public Statement compile(ExecutableNormalizedField field, Projector projector) {
        Map<String, Object> args = field.getResolvedArguments();
        CypherParameters p = projector.parameters();
        Node a = Cypher.node(EntityType.ENTITY_LABEL).named("a");
        Node b = Cypher.node(EntityType.ENTITY_LABEL).named("b");
        Node s = Cypher.node(EntityType.SOURCE.label()).named("s");
        SymbolicName r = Cypher.name("r");
        SymbolicName published = Cypher.name("published");
        Condition window = published.gte(p.parameter(args.get("since")));
        if (args.get("until") != null) {
            window = window.and(published.lte(p.parameter(args.get("until"))));
        }
        Projector.Projected fact = projector.fact(r, a.getRequiredSymbolicName(), b.getRequiredSymbolicName(), field);
        org.neo4j.cypherdsl.core.Statement tree = Cypher.match(Hop.anyFactForward(a, b).named(r))
                .with(a, r, b, Cypher.valueAt(Cypher.collect(Cypher.match(s)
                        .where(Claim.cites(r, s).and(s.property(Property.PUBLISHED_AT.name()).isNotNull()))
                        .returning(s.property(Property.PUBLISHED_AT.name()))
                        .orderBy(s.property(Property.PUBLISHED_AT.name()).ascending())
                        .build()), 0).as(published))
                .where(window)
                .with(a, r, b)
                .orderBy(published.descending(), Cypher.type(r).ascending(), a.property("id").ascending(),
                        b.property("id").ascending(), r.property(Claim.KEY).ascending())
                .limit(p.parameter(pageSize.of(Arguments.integer(args, "first"))))
                .returning(fact.cypher()).build();
        return projector.statement(tree, records -> records.stream()
                .map(record -> fact.conversion().from(record.get(0))).toList());
    }
}
