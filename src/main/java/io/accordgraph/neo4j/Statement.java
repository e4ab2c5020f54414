package io.accordgraph.neo4j;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.cypherdsl.core.ast.Visitable;
import org.neo4j.cypherdsl.core.ast.Visitor;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Dialect;
import org.neo4j.cypherdsl.core.renderer.GeneralizedRenderer;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.neo4j.driver.Record;

/** One Cypher statement with its parameters, and how its records become an answer. */
public record Statement(String cypher, Map<String, Object> parameters, Function<List<Record>, Object> answer) {

    /**
     * Neo4j 5.26's Cypher, with {@code CALL (x) { ... }} scopes. Not NEO4J_5_26: it prefixes every statement with
     * {@code CYPHER 5}, which cannot stand inside the {@code CALL { }} that embeds a mutation's answer in its write.
     */
    private static final GeneralizedRenderer RENDERER = Renderer.getRenderer(
            Configuration.newConfig().withDialect(Dialect.NEO4J_5_23).build(), GeneralizedRenderer.class);

    /**
     * The tree's text. Rendered as a plain visitable: the renderer caches whole statements under one write lock
     * (every request's rendering would wait for the others') and by an int hash of the statement's identity, so two
     * statements whose hashes collide would share one text.
     */
    public static String render(org.neo4j.cypherdsl.core.Statement tree) {
        return RENDERER.render(new Visitable() {
            @Override
            public void accept(Visitor visitor) {
                tree.accept(visitor);
            }
        });
    }

    /** Runs the statement in a transaction and gives its answer. */
    public Object answerIn(org.neo4j.driver.SimpleQueryRunner transaction) {
        return answer.apply(transaction.run(cypher, parameters).list());
    }
}
