package io.accordgraph.read;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import graphql.GraphQLContext;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.accordgraph.error.ErrorCode;
import io.accordgraph.error.LimitExceededException;
import io.accordgraph.graph.LimitsConfig;
import io.accordgraph.graphql.OperationCheck;
import io.accordgraph.read.page.PageConfig;

/**
 * Refuses, before any field runs, an operation that asks for more than the configured work: too deep, too many
 * fields (fragments expanded, and counted before they are collected, so a fragment bomb costs no more than its
 * text), too many aliases, or more objects than its lists could hold at their {@code first} or default page. The normalized operation it makes is the one the
 * compiler reads (see {@link Operations}).
 */
@ApplicationScoped
public class RequestLimits implements OperationCheck {

    private static final String COST = RequestLimits.class.getName() + ".cost";

    @Inject
    LimitsConfig limits;
    @Inject
    PageConfig pages;

    @Override
    public void check(ExecutionContext context) {
        ExecutableNormalizedOperation operation = normalized(context);
        int aliases = 0;
        long cost = 0;
        for (ExecutableNormalizedField root : operation.getTopLevelFields()) {
            checkArguments(root);
            aliases += aliases(root);
            cost = Math.min(Long.MAX_VALUE / 2, cost + cost(root, 1, pages.defaultSize(), context.getGraphQLSchema()));
        }
        if (aliases > limits.maxAliases()) {
            throw new LimitExceededException(ErrorCode.TOO_MANY_ALIASES, "The query asks for " + aliases
                    + " fields under aliases; at most " + limits.maxAliases() + " are allowed "
                    + "(accord.limits.max-aliases).");
        }
        context.getGraphQLContext().put(COST, cost);
        if (cost > limits.maxCost()) {
            throw new LimitExceededException(ErrorCode.QUERY_TOO_COMPLEX, "The query could return " + cost
                    + " objects; at most " + limits.maxCost() + " are allowed (accord.limits.max-cost). Give nested "
                    + "lists a smaller `first`, or ask for fewer levels.");
        }
    }

    /** The most objects the operation's answer could hold, as counted for the cost limit. */
    static long cost(GraphQLContext context) {
        Long cost = context.get(COST);
        return cost == null ? 0 : cost;
    }

    private ExecutableNormalizedOperation normalized(ExecutionContext context) {
        // Before normalizing: the factory counts fields after merging the repeated ones, so a fragment bomb of
        // one field would pass its count while it is expanded. Depth is told first, as the factory tells it.
        ExpandedSize.Measure expanded = ExpandedSize.of(context.getOperationDefinition().getSelectionSet(),
                context.getFragmentsByName());
        if (expanded.fields() > limits.maxFields()) {
            throw exceeded(expanded);
        }
        ExecutableNormalizedOperationFactory.Options options = ExecutableNormalizedOperationFactory.Options
                .defaultOptions().maxChildrenDepth(limits.maxDepth()).maxFieldsCount(limits.maxFields());
        try {
            ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory
                    .createExecutableNormalizedOperation(context.getGraphQLSchema(), context.getOperationDefinition(),
                            context.getFragmentsByName(), context.getCoercedVariables(), options);
            context.getGraphQLContext().put(ExecutableNormalizedOperation.class, operation);
            return operation;
        } catch (AbortExecutionException e) {
            // The factory stops at the first limit it meets; the measure, which counts levels as it does, says which.
            throw exceeded(expanded);
        }
    }

    /** The limit an operation of this measure is past: depth first, as the factory tells it. */
    private LimitExceededException exceeded(ExpandedSize.Measure expanded) {
        return expanded.depth() > limits.maxDepth() ? tooDeep() : tooLarge();
    }

    private LimitExceededException tooDeep() {
        return new LimitExceededException(ErrorCode.QUERY_TOO_DEEP, "The query goes more than " + limits.maxDepth()
                + " levels deep (accord.limits.max-depth).");
    }

    private LimitExceededException tooLarge() {
        return new LimitExceededException(ErrorCode.QUERY_TOO_LARGE, "The query has more than " + limits.maxFields()
                + " fields, fragments expanded (accord.limits.max-fields).");
    }

    /**
     * Refuses arguments that nest deeper than twice the depth limit (an object and its list are a level each): a
     * filter of a few hundred nested {@code AND}s becomes Cypher that Neo4j takes minutes to plan.
     */
    private void checkArguments(ExecutableNormalizedField field) {
        for (Object argument : field.getResolvedArguments().values()) {
            if (depth(argument, 0) > 2 * limits.maxDepth()) {
                throw new LimitExceededException(ErrorCode.QUERY_TOO_DEEP, "An argument of `" + field.getName()
                        + "` nests more than " + 2 * limits.maxDepth() + " objects and lists (twice "
                        + "accord.limits.max-depth).");
            }
        }
        field.getChildren().forEach(this::checkArguments);
    }

    /** How many objects and lists {@code value} nests, counting from {@code above}, stopping past the limit. */
    private int depth(Object value, int above) {
        Collection<?> children;
        if (value instanceof Map<?, ?> map) {
            children = map.values();
        } else if (value instanceof Collection<?> list) {
            children = list;
        } else {
            return above;
        }
        int deepest = above + 1;
        for (Object child : children) {
            if (deepest > 2 * limits.maxDepth()) {
                break;
            }
            deepest = Math.max(deepest, depth(child, above + 1));
        }
        return deepest;
    }

    private static int aliases(ExecutableNormalizedField field) {
        int aliases = field.getAlias() == null ? 0 : 1;
        for (ExecutableNormalizedField child : field.getChildren()) {
            aliases += aliases(child);
        }
        return aliases;
    }

    /**
     * The objects {@code field} and everything below it could return, {@code rows} of its parent each: a list
     * answers its {@code first}, or its connection's page (edges), or the default page.
     */
    private long cost(ExecutableNormalizedField field, long rows, int page, GraphQLSchema schema) {
        // Introspection is bounded by the schema, whatever its lists hold.
        if (field.getName().startsWith("__")) {
            return 0;
        }
        List<GraphQLFieldDefinition> definitions = field.getFieldDefinitions(schema);
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definitions.get(0).getType());
        Object first = field.getResolvedArguments().get("first");
        int size = first instanceof Integer given ? Math.max(given, 0) : page;
        if (GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(type))) {
            return 0;
        }
        long own = GraphQLTypeUtil.isList(type) ? saturated(rows, size) : rows;
        long total = own;
        for (ExecutableNormalizedField child : field.getChildren()) {
            total = Math.min(Long.MAX_VALUE / 2,
                    total + cost(child, own, child.getName().equals("edges") ? size : pages.defaultSize(), schema));
        }
        return total;
    }

    /** {@code a * b}, or a number no limit allows when that does not fit. */
    private static long saturated(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 2;
        }
    }
}
