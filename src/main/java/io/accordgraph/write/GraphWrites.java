package io.accordgraph.write;

import static io.accordgraph.graph.Cypher.node;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import io.accordgraph.bundle.BundleLoader;
import io.accordgraph.bundle.RelationshipKind;
import io.accordgraph.fact.Fact;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.GraphReader;
import io.accordgraph.graph.GraphWriter;
import io.accordgraph.graph.Problem;
import io.accordgraph.graph.RejectedException;
import io.accordgraph.source.Source;
import io.accordgraph.source.SourceInput;

/**
 * Carries out the mutations. Upserts and links become small fact bundles, so they pass the same checks as an
 * import and are written by the same code, in one transaction; deletes and unlinks run their own Cypher, also in
 * one transaction each.
 */
@ApplicationScoped
public class GraphWrites {

    private static final String KIND_OF = "MATCH (n:Entity {id: $id}) RETURN " + node("n") + " AS node";
    // A source is relied on by the nodes reported by it and by the relationships that list it.
    private static final String CITATIONS = "MATCH (s:Source {id: $id}) RETURN COUNT { (:Entity)-[:REPORTED_BY]->(s) }"
            + " + COUNT { MATCH ()-[r]->() WHERE s.id IN r.sources }";
    private static final String DETACH_DELETE = "MATCH (n:Entity {id: $id}) WITH n, COUNT { (n)--() } AS removed "
            + "DETACH DELETE n RETURN removed";

    private final BundleLoader loader;
    private final GraphReader graph;
    private final GraphWriter writer;

    GraphWrites(BundleLoader loader, GraphReader graph, GraphWriter writer) {
        this.loader = loader;
        this.graph = graph;
        this.writer = writer;
    }

    public <T> T upsert(EntityType type, EntityInput input, Function<Value, T> mapper) {
        MutationBundle bundle = new MutationBundle();
        bundle.addEntity(type, input);
        load(bundle);
        return byId(type, input.id(), mapper);
    }

    public Source upsertSource(SourceInput input) {
        MutationBundle bundle = new MutationBundle();
        bundle.addSource(input, "input");
        load(bundle);
        return byId(EntityType.SOURCE, input.id(), Source::from);
    }

    public Fact link(LinkInput input) {
        MutationBundle bundle = new MutationBundle();
        List<String> cited = bundle.cite(input.sources(), input.newSources());
        bundle.addRelationship(input.type(), input.from(), input.to(), input.properties(), input.since(),
                input.until(), cited);
        load(bundle);
        String key = input.type().key() == null ? null : (String) input.properties().get(input.type().key());
        return graph.single(matchFact(input.type()) + " RETURN " + Fact.PROJECTION,
                factParameters(input.from(), input.to(), input.type(), key), Fact::from);
    }

    /** @return how many facts were removed: one, or for SERVES without a title, every role between the two */
    public int unlink(UnlinkInput input) {
        int removed = writer.inTransaction(tx -> tx.run(matchFact(input.type()) + " DELETE r RETURN count(*)",
                factParameters(input.from(), input.to(), input.type(), input.title())).single().get(0).asInt());
        if (removed == 0) {
            throw RejectedException.of(Problem.notFound("input", "no " + input.type() + " fact from '"
                    + input.from() + "' to '" + input.to() + "'"
                    + (input.title() == null ? "" : " with title '" + input.title() + "'")));
        }
        return removed;
    }

    public DeletedEntity delete(String id) {
        return writer.inTransaction(tx -> {
            List<Record> kind = tx.run(KIND_OF, Map.of("id", id)).list();
            if (kind.isEmpty()) {
                throw RejectedException.of(Problem.notFound("id", "no entity with id '" + id + "'"));
            }
            EntityType type = EntityType.ofLabel(kind.get(0).get("node").get("type").asString());
            if (type == EntityType.SOURCE) {
                long citations = tx.run(CITATIONS, Map.of("id", id)).single().get(0).asLong();
                if (citations > 0) {
                    throw RejectedException.of(Problem.conflict("id", "source '" + id + "' is cited by "
                            + citations + " fact(s); delete or re-source them first"));
                }
            }
            int removed = tx.run(DETACH_DELETE, Map.of("id", id)).single().get(0).asInt();
            return new DeletedEntity(id, type, removed);
        });
    }

    private void load(MutationBundle bundle) {
        try {
            loader.load(bundle.bundle(), bundle::removeReplaced);
        } catch (RejectedException e) {
            throw bundle.translate(e);
        }
    }

    private <T> T byId(EntityType type, String id, Function<Value, T> mapper) {
        return graph.single("MATCH (n:" + type.label() + " {id: $id}) RETURN " + node("n"), Map.of("id", id), mapper);
    }

    // The relationship type comes from the enum, never from user text; the key property likewise.
    private static String matchFact(RelationshipKind kind) {
        String key = kind.key() == null ? "" : " WHERE $key IS NULL OR r." + kind.key() + " = $key";
        return "MATCH (s:Entity {id: $from})-[r:" + kind.name() + "]->(o:Entity {id: $to})" + key;
    }

    private static Map<String, Object> factParameters(String from, String to, RelationshipKind kind, String key) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("key", kind.key() == null ? null : key);
        return parameters;
    }

}
