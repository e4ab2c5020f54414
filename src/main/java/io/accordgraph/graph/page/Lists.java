package io.accordgraph.graph.page;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import io.accordgraph.graph.Cypher;
import io.accordgraph.graph.Entity;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.graph.Problem;
import io.accordgraph.graph.RejectedException;
import io.accordgraph.graph.Relation;
import io.accordgraph.graph.filter.CypherParameters;
import io.accordgraph.graph.filter.Where;
import io.smallrye.graphql.api.Context;

/**
 * Filtered, ordered and paged lists: root lists, their connections and relationship lists. Each is one query that
 * filters, orders and cuts in the database, so that no more than a page of nodes ever reaches the server.
 */
@ApplicationScoped
public class Lists {

    /** How root lists describe their arguments. */
    public static final String PAGED = "Filtered by `where`, sorted by `orderBy` (default: by name), `first` of them "
            + "(default and maximum are configured) after skipping `offset`.";

    private final GraphReader graph;
    private final PageSize pageSize;
    private final Context context;

    Lists(GraphReader graph, PageSize pageSize, Context context) {
        this.graph = graph;
        this.pageSize = pageSize;
        this.context = context;
    }

    /** A plain list: {@code first} nodes (default size when null) after skipping {@code offset}. */
    public <T> List<T> list(NodeSet set, Where where, List<Order> orderBy, Integer first, Integer offset,
            Function<Value, T> mapper) {
        if (offset != null && offset < 0) {
            throw RejectedException.of(Problem.invalid("offset", "must not be negative (it was " + offset + ")"));
        }
        CypherParameters p = new CypherParameters();
        Sort sort = Sort.of(set.type(), orderBy);
        String cypher = set.match(Where.cypher(where, "n", p)) + "RETURN " + Cypher.node("n") + " ORDER BY "
                + sort.orderBy("n") + " SKIP " + p.add(offset == null ? 0 : offset) + " LIMIT "
                + p.add(pageSize.of(first));
        return graph.list(cypher, p.values(), mapper);
    }

    /** A page after {@code after} (from the start when null), and the total when the query selects it. */
    public <T, C extends Connection<T>> C connection(NodeSet set, Where where, List<Order> orderBy, Integer first,
            String after, Function<Value, T> mapper, Connection.Factory<T, C> connection) {
        int size = pageSize.of(first);
        Sort sort = Sort.of(set.type(), orderBy);
        CypherParameters p = new CypherParameters();
        String filter = Where.cypher(where, "n", p);
        String page = after == null ? filter : filter + " AND " + sort.after("n", Cursor.decode(sort, after), p);
        // One row more than asked tells whether there is a next page.
        String cypher = set.match(page) + "RETURN " + Cypher.node("n") + " AS node, " + sort.keys("n")
                + " AS keys ORDER BY " + sort.orderBy("n") + " LIMIT " + p.add(size + 1);
        List<Record> rows = graph.records(cypher, p.values());
        List<Edge<T>> edges = rows.stream().limit(size)
                .map(r -> new Edge<>(Cursor.encode(sort, r.get("keys").asList(Value::asString)),
                        mapper.apply(r.get("node"))))
                .toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        PageInfo info = new PageInfo(rows.size() > size, endCursor);
        return connection.create(edges, info, selects("totalCount") ? count(set, where) : null);
    }

    /** A relationship list for a batch of parents, with the field's arguments: one query for the whole batch. */
    public <T> List<List<T>> perParent(RelationList<T> field, List<? extends Entity> parents, Where where,
            List<Order> orderBy, Integer first, LocalDate asOf) {
        CypherParameters p = new CypherParameters();
        Relation<T> relation = field.select(where, orderBy, pageSize.optional(first), asOf, p);
        return graph.perParent(relation, parents, p.values());
    }

    private int count(NodeSet set, Where where) {
        CypherParameters p = new CypherParameters();
        return graph.single(set.match(Where.cypher(where, "n", p)) + "RETURN count(n)", p.values(), Value::asInt);
    }

    private boolean selects(String field) {
        return context.getSelectedFields().stream()
                .anyMatch(f -> f instanceof JsonString s && s.getString().equals(field));
    }
}
