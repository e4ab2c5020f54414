package io.accordgraph.graph.page;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.Problem;
import io.accordgraph.graph.RejectedException;
import io.accordgraph.graph.filter.CypherParameters;

/**
 * The order of a list: the requested keys, then the id, so that no two nodes tie and a cursor marks one place.
 * Every key is a string (dates as ISO text, which sorts as the date does), so that a cursor holds strings only.
 */
public final class Sort {

    private static final List<Order> BY_NAME = List.of(new Order(OrderField.NAME, SortDirection.ASC));

    private final List<String> properties = new ArrayList<>();
    private final List<SortDirection> directions = new ArrayList<>();

    private Sort(EntityType type, List<Order> orderBy) {
        for (Order order : orderBy == null || orderBy.isEmpty() ? BY_NAME : orderBy) {
            properties.add(property(type, order.field()));
            directions.add(order.direction() == null ? SortDirection.ASC : order.direction());
        }
        properties.add("id");
        directions.add(SortDirection.ASC);
    }

    public static Sort of(EntityType type, List<Order> orderBy) {
        return new Sort(type, orderBy);
    }

    private static String property(EntityType type, OrderField field) {
        return switch (field) {
            case NAME -> "name";
            case ID -> "id";
            case DATE -> switch (type) {
                case TALKS -> "startDate";
                case POSITION, STATEMENT -> "date";
                case SOURCE -> "publishedAt";
                default -> throw RejectedException.of(Problem.invalid("orderBy",
                        "cannot order by DATE: " + type.label() + " has no date; order by NAME or ID"));
            };
        };
    }

    private String key(String variable, int i) {
        return "coalesce(toString(" + variable + "." + properties.get(i) + "), '')";
    }

    /** The ORDER BY items, e.g. {@code coalesce(toString(n.name), '') ASC, coalesce(toString(n.id), '') ASC}. */
    public String orderBy(String variable) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            items.add(key(variable, i) + " " + directions.get(i));
        }
        return String.join(", ", items);
    }

    /** The sort key values of a node as a Cypher list, returned beside it to make its cursor. */
    public String keys(String variable) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            keys.add(key(variable, i));
        }
        return "[" + String.join(", ", keys) + "]";
    }

    /** Names the order, so that a cursor made under one order is refused under another. */
    public String signature() {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            items.add(properties.get(i) + " " + directions.get(i));
        }
        return String.join(",", items);
    }

    /**
     * The nodes strictly after the one whose keys are {@code after}, in this order (keyset paging): a node written
     * or deleted meanwhile shifts no other, so pages neither skip nor repeat. Lexicographic: the first key further,
     * or it equal and the second further, and so on.
     */
    public String after(String variable, List<String> after, CypherParameters parameters) {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                terms.add(key(variable, j) + " = " + parameters.add(after.get(j)));
            }
            String operator = directions.get(i) == SortDirection.ASC ? " > " : " < ";
            terms.add(key(variable, i) + operator + parameters.add(after.get(i)));
            alternatives.add(String.join(" AND ", terms));
        }
        return alternatives.stream().map(a -> "(" + a + ")").collect(Collectors.joining(" OR ", "(", ")"));
    }

    int size() {
        return properties.size();
    }
}
