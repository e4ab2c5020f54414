package io.accordgraph.neo4j;

import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Dialect;
import org.neo4j.cypherdsl.core.renderer.Renderer;

/** Cypher-DSL statements as the text Neo4j 5.26 runs: {@code CALL (x) { ... }} scopes, {@code COLLECT} subqueries. */
public final class CypherRenderer {

    private static final Renderer RENDERER = Renderer.getRenderer(Configuration.newConfig()
            .withDialect(Dialect.NEO4J_5_26).build());

    private CypherRenderer() {
    }

    public static String render(Statement statement) {
        return RENDERER.render(statement);
    }
}
