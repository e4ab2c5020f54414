package io.accordgraph.claim;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLFieldDefinition;
import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Hop;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.neo4j.CypherParameters;
import io.accordgraph.neo4j.Statement;
import io.accordgraph.read.Arguments;
import io.accordgraph.read.Names;
import io.accordgraph.read.Projector;
import io.accordgraph.read.SingleQueryField;
import io.accordgraph.read.page.PageSize;

/**
 * {@code changes}: the claims first published in a window, by the earliest {@code publishedAt} of their sources,
 * newest first: "what is new since Monday?". One statement; it reads every claim's sources, so on a large graph it
 * costs a scan of the facts (a claim's sources are ids on the relationship, which no index serves).
 */
@ApplicationScoped
public class ChangesField implements SingleQueryField {

    private final PageSize pageSize;

    ChangesField(PageSize pageSize) {
        this.pageSize = pageSize;
    }

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
        String until = args.get("until") == null ? "" : " AND published <= " + p.add(args.get("until"));
        Projector.Projected fact = projector.fact("r", "a", "b", field);
        String cypher = "MATCH " + Hop.anyFactForward("a:" + EntityType.ENTITY_LABEL, "r", "b:"
                + EntityType.ENTITY_LABEL) + " WITH a, r, b, COLLECT { MATCH (s:" + EntityType.SOURCE.label()
                + ") WHERE s.id IN r." + Predicate.SOURCES + " AND s.publishedAt IS NOT NULL RETURN s.publishedAt "
                + "ORDER BY s.publishedAt }[0] AS published WHERE published >= " + p.add(args.get("since")) + until
                + " WITH a, r, b ORDER BY published DESC, type(r), a.id, b.id, r." + Claim.KEY + " LIMIT "
                + p.add(pageSize.of(Arguments.integer(args, "first"))) + " RETURN " + fact.cypher();
        return new Statement(cypher, p.values(), records -> records.stream()
                .map(r -> fact.conversion().from(r.get(0))).toList());
    }
}
