package io.accordgraph.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import io.accordgraph.error.CodedException;
import io.accordgraph.error.Problem;
import io.accordgraph.graph.model.EntityType;

/** The arguments lists share: filter, order, page and day. */
public final class Arguments {

    // Descriptions of arguments avoid parentheses: the SDL prints them inside the argument list.

    private Arguments() {
    }

    /**
     * The Int argument {@code name}, or null. SmallRye's Int scalar lets a variable of another kind through (a
     * string, 1.5, a number past Int's range), so a value that is not an Integer is refused here, by its kind alone:
     * its text could be megabytes long. A variable's whole number arrives as a BigDecimal (the JSON parser's
     * number): one of at most ten digits and no fraction is an Int when it is in range.
     */
    public static Integer integer(Map<String, Object> arguments, String name) {
        Object value = arguments.get(name);
        if (value == null || value instanceof Integer) {
            return (Integer) value;
        }
        // Ten digits fit a long, which tells whether the number fits an int.
        if (value instanceof BigDecimal number && number.scale() == 0 && number.precision() <= 10
                && number.longValue() == number.intValue()) {
            return number.intValue();
        }
        throw CodedException.of(Problem.invalid(name, "must be an Int, a whole number from -2147483648 to "
                + "2147483647, not a " + value.getClass().getSimpleName()));
    }

    /** The keys of an aggregate's groups, values of {@code type}'s {@code ...GroupBy} enum. */
    public static GraphQLArgument groupBy(String type) {
        return GraphQLArgument.newArgument().name("by")
                .type(GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(Names.ref(Names.groupBy(type))))))
                .description("What to group by: one group per distinct combination of these keys' values.").build();
    }

    public static GraphQLArgument groupOrder() {
        return GraphQLArgument.newArgument().name("orderBy")
                .type(GraphQLList.list(GraphQLNonNull.nonNull(Names.ref(Names.GROUP_ORDER))))
                .description("Sort keys, in order; by count, largest first, then by key when not given.").build();
    }

    /** The narrowing of facts: their type, and the ids of their subject and object. */
    public static List<GraphQLArgument> factEnds() {
        return List.of(GraphQLArgument.newArgument().name("predicate").type(Names.ref(Names.RELATIONSHIP_TYPE)).build(),
                GraphQLArgument.newArgument().name("subject").type(Names.ID).build(),
                GraphQLArgument.newArgument().name("object").type(Names.ID).build());
    }

    /** Whether facts narrowed by {@link #factEnds()} are all the graph's: no end given that an index could find. */
    public static boolean everyFact(Map<String, Object> arguments) {
        return arguments.get("subject") == null && arguments.get("object") == null;
    }

    public static GraphQLArgument where(EntityType kind) {
        return GraphQLArgument.newArgument().name("where").type(Names.ref(Names.where(kind)))
                .description("Only the nodes that match.").build();
    }

    public static GraphQLArgument orderBy() {
        return GraphQLArgument.newArgument().name("orderBy").type(GraphQLList.list(Names.ref(Names.ORDER)))
                .description("Sort keys, in order; by name when not given. Ties are broken by id.").build();
    }

    public static GraphQLArgument first(String description) {
        return GraphQLArgument.newArgument().name("first").type(Names.INT).description(description).build();
    }

    public static GraphQLArgument offset() {
        return GraphQLArgument.newArgument().name("offset").type(Names.INT)
                .description("How many to skip first; prefer the connection's cursors for long lists.").build();
    }

    public static GraphQLArgument after() {
        return GraphQLArgument.newArgument().name("after").type(Names.STRING)
                .description("The cursor of the last node of the previous page.").build();
    }

    public static GraphQLArgument asOf() {
        return GraphQLArgument.newArgument().name("asOf").type(Names.ref(Names.DATE))
                .description("Only the relationships that hold that day: started by then or with no start known, "
                        + "and not ended before it.").build();
    }

    public static GraphQLArgument knownAt() {
        return GraphQLArgument.newArgument().name("knownAt").type(Names.ref(Names.DATE))
                .description("The graph as it was known that day: only claims with a source published on or before "
                        + "it, and nodes stated by such a source. Applies below this field too, unless a nested "
                        + "field gives its own. With `asOf`, which says when a fact held, it answers what was known "
                        + "on one day about another.").build();
    }
}
