package io.accordgraph.graph.page;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.neo4j.driver.Value;

import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.Relation;
import io.accordgraph.graph.filter.CypherParameters;
import io.accordgraph.graph.filter.Where;

/**
 * A relationship list field that takes {@code where}, {@code orderBy}, {@code first} and {@code asOf}: still one query
 * for all parents, the arguments being the same for the whole batch. The pattern binds the relationship to {@code r}
 * (which {@code asOf} reads) and the far node to {@code m} (which {@code where} and {@code orderBy} read).
 */
public record RelationList<T>(String fromLabel, String pattern, EntityType to, String value,
        Function<Value, T> mapper) {

    /** A field whose values are the far nodes, e.g. {@code nodes("Delegation", "<-[r:MEMBER_OF]-", PERSON, ...)}. */
    public static <T> RelationList<T> nodes(String fromLabel, String pattern, EntityType to,
            Function<Value, T> mapper) {
        return new RelationList<>(fromLabel, pattern, to, Relation.NODE_VALUE, mapper);
    }

    /** A field whose values are the relationships as facts, as {@link Relation#facts}. */
    public static <T> RelationList<T> facts(String fromLabel, String pattern, EntityType to,
            Function<Value, T> mapper) {
        return new RelationList<>(fromLabel, pattern, to, Relation.FACT_VALUE, mapper);
    }

    /**
     * The query for one set of arguments; its values go into {@code parameters}. Without {@code first}, each parent
     * gets all its matching values. {@code asOf} keeps the relationships valid that day: started by then (or no
     * start known) and not ended before it.
     */
    Relation<T> select(Where where, List<Order> orderBy, Integer first, LocalDate asOf,
            CypherParameters parameters) {
        String condition = Where.cypher(where, "m", parameters);
        if (asOf != null) {
            String day = parameters.add(asOf);
            condition += " AND (r.since IS NULL OR r.since <= " + day + ") AND (r.until IS NULL OR r.until >= "
                    + day + ")";
        }
        String slice = first == null ? "" : "[.." + parameters.add(first) + "]";
        return new Relation<>(Relation.walk(fromLabel, pattern, to.label()) + "WHERE " + condition
                + " WITH id, m, r ORDER BY " + Sort.of(to, orderBy).orderBy("m")
                + " WITH id, collect({m: m, r: r})" + slice + " AS rows"
                + " UNWIND rows AS row WITH id, row.m AS m, row.r AS r RETURN id, " + value + " AS value", mapper);
    }
}
