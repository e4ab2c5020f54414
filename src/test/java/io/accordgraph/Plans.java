package io.accordgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/** The operators Neo4j's planner picks for a query, from EXPLAIN (the query is planned, not run). */
public final class Plans {

    private Plans() {
    }

    /** Every operator of the plan, e.g. {@code NodeUniqueIndexSeek@neo4j}, root first. */
    public static List<String> operators(Driver driver, String cypher, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            List<String> operators = new ArrayList<>();
            collect(session.run("EXPLAIN " + cypher, parameters).consume().plan(), operators);
            return operators;
        }
    }

    /**
     * The operators that produce the statement's rows, root first: each operator's first child down to the leaf.
     * Subqueries (the right-hand side of an Apply) are left out: they work per row, on that row's few neighbours.
     */
    public static List<String> rowOperators(Driver driver, String cypher, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            List<String> operators = new ArrayList<>();
            for (Plan plan = session.run("EXPLAIN " + cypher, parameters).consume().plan(); plan != null;
                    plan = plan.children().isEmpty() ? null : plan.children().get(0)) {
                operators.add(plan.operatorType());
            }
            return operators;
        }
    }

    private static void collect(Plan plan, List<String> operators) {
        operators.add(plan.operatorType());
        plan.children().forEach(child -> collect(child, operators));
    }
}
