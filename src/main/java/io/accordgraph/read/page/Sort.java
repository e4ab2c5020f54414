package io.accordgraph.read.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Property;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.SymbolicName;

import io.accordgraph.error.CodedException;
import io.accordgraph.error.Problem;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.neo4j.CypherParameters;

/**
 * The order of a list: the requested keys, then the id, so that no two nodes tie and a cursor marks one place. Each
 * key is a stored string property (the name, the date as ISO text, the id), so that a range index on (key, id)
 * serves the order and a cursor holds strings only. The id follows the direction of the first key, so
 * that a descending page reads the same index backwards.
 */
public final class Sort {

    private final List<String> properties = new ArrayList<>();
    private final List<String> directions = new ArrayList<>();

    private Sort(EntityType type, List<Map<String, Object>> orderBy, String byDefault) {
        List<Map<String, Object>> keys = orderBy == null || orderBy.isEmpty()
                ? List.of(Map.of("field", byDefault, "direction", "ASC")) : orderBy;
        for (Map<String, Object> order : keys) {
            if (order == null) {
                continue;
            }
            properties.add(property(type, String.valueOf(order.get("field"))));
            directions.add(order.get("direction") == null ? "ASC" : String.valueOf(order.get("direction")));
        }
        if (properties.isEmpty() || !properties.get(properties.size() - 1).equals("id")) {
            properties.add("id");
            directions.add(directions.isEmpty() ? "ASC" : directions.get(0));
        }
    }

    /**
     * @param type the kind of the nodes sorted, or null when a list holds several kinds (which have no common date)
     * @param orderBy the {@code orderBy} argument: maps of {@code field} and {@code direction}
     */
    public static Sort of(EntityType type, List<Map<String, Object>> orderBy) {
        return new Sort(type, orderBy, "NAME");
    }

    /** As {@link #of(EntityType, List)}, with another order when none is asked for: {@code NAME}, {@code ID}. */
    public static Sort of(EntityType type, List<Map<String, Object>> orderBy, String byDefault) {
        return new Sort(type, orderBy, byDefault);
    }

    private static String property(EntityType type, String field) {
        return switch (field) {
            case "NAME" -> "name";
            case "ID" -> "id";
            default -> {
                if (type == null || type.dateProperty().isEmpty()) {
                    throw CodedException.of(Problem.invalid("orderBy", "cannot order by DATE: "
                            + (type == null ? "these entities are of several kinds" : type.label() + " has no date")
                            + "; order by NAME or ID"));
                }
                yield EntityType.DATE_KEY;
            }
        };
    }

    /** The ORDER BY items, e.g. {@code n.nameKey ASC, n.id ASC}. */
    public List<SortItem> orderBy(SymbolicName variable) {
        List<SortItem> items = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            items.add(Cypher.sort(variable.property(properties.get(i)),
                    ascending(i) ? SortItem.Direction.ASC : SortItem.Direction.DESC));
        }
        return items;
    }

    /**
     * That every key is present, which lets the planner read a range index in order instead of sorting the label.
     * Every node has a name and an id; the server gives a dated kind's nodes their date key.
     */
    public Condition present(SymbolicName variable) {
        return properties.stream().map(p -> variable.property(p).isNotNull()).reduce(Condition::and).orElseThrow();
    }

    /** The sort key values of a node as a Cypher list, returned beside it to make its cursor. */
    public Expression keys(SymbolicName variable) {
        return Cypher.listOf(properties.stream().map(p -> (Expression) variable.property(p)).toList());
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
     * or it equal and the rest further. Written as a bound on the first key and a NOT that no index answers, so
     * that the planner seeks the index to the bound and reads on in order, instead of splitting the OR into seeks
     * whose union it must sort.
     */
    public Condition after(SymbolicName variable, List<String> after, CypherParameters parameters) {
        List<Expression> values = after.stream().map(value -> (Expression) parameters.parameter(value)).toList();
        return after(variable, values, 0);
    }

    /** Keys {@code i} and on further than {@code values}: {@code k >= v AND NOT (k = v AND NOT <rest further>)}. */
    private Condition after(SymbolicName variable, List<Expression> values, int i) {
        Expression key = variable.property(properties.get(i));
        Expression value = values.get(i);
        if (i == properties.size() - 1) {
            return ascending(i) ? key.gt(value) : key.lt(value);
        }
        return (ascending(i) ? key.gte(value) : key.lte(value))
                .and(key.eq(value).and(after(variable, values, i + 1).not()).not());
    }

    /**
     * A hint to read the kind's range index on this order's key and the id, when the order is one such key (the id
     * alone has the uniqueness constraint's index): the plan then does not depend on index statistics, which lag
     * behind a large import. The properties of the hint on {@code node}, which carries the kind's label; none for an
     * order no single index serves.
     */
    public List<Property> indexHint(Node node) {
        if (properties.size() > 2 || !directions.get(properties.size() - 1).equals(directions.get(0))) {
            return List.of();
        }
        return properties.stream().map(node::property).toList();
    }

    private boolean ascending(int i) {
        return directions.get(i).equals("ASC");
    }

    int size() {
        return properties.size();
    }
}
