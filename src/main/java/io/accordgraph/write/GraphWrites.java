package io.accordgraph.write;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.Where;
import org.neo4j.driver.TransactionContext;

import io.accordgraph.bundle.BundleLoader;
import io.accordgraph.bundle.KnownKinds;
import io.accordgraph.error.CodedException;
import io.accordgraph.error.Problem;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Hop;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.graph.model.Property;
import io.accordgraph.neo4j.Answer;
import io.accordgraph.neo4j.Statement;

/**
 * Carries out the mutations, each in its document's transaction ({@link DocumentWrites}). Upserts and links become
 * small fact bundles, so they pass the same checks as an import and are written by the same code, which then reads
 * the mutation's answer; deletes and unlinks run their own Cypher, after the upserts and links before them.
 */
@ApplicationScoped
public class GraphWrites {

    private static final Node N = Cypher.node(EntityType.ENTITY_LABEL).named("n")
            .withProperties("id", Cypher.parameter("id"));
    // A source is relied on by the nodes reported by it (its REPORTED_BY degree) and by the facts that list it.
    // Those are counted exactly, by reading the facts' source lists: a full-text index of them would lag behind the
    // latest writes (and cost every write), and deleting a source is rare. The source is locked first (its kind is
    // read with a lock), so every write that cites it has committed and none can start until this transaction ends.
    private static final String CITATIONS = citations();
    private static final String DETACH_DELETE = Statement.render(Cypher.match(N)
            .with(N, Cypher.count(Cypher.anyNode("n").relationshipBetween(Cypher.anyNode())).as("removed"))
            .detachDelete(N).returning("removed").build());

    private static String citations() {
        Node s = Cypher.node(EntityType.SOURCE.label()).named("s").withProperties("id", Cypher.parameter("id"));
        Relationship fact = Hop.anyFactForward(Cypher.anyNode(), Cypher.anyNode()).named("r");
        return Statement.render(Cypher.match(s).returning(Cypher.count(List.of(fact),
                Where.from(Cypher.parameter("id").in(fact.property(Predicate.SOURCES))))
                .add(Cypher.count(Predicate.REPORTED_BY.in().relationship(Cypher.anyNode("s"), Cypher.anyNode()))))
                .build());
    }

    @Inject
    BundleLoader loader;
    @Inject
    KnownKinds known;

    /**
     * Creates or updates a node from its input, with the document's other upserts and links where it can
     * ({@link io.accordgraph.bundle.BundleBatch}); {@code answer} reads the result right after the write, in its
     * statement, so the answer may be {@link io.accordgraph.bundle.BundleBatch.Pending} until the batch is written.
     */
    public Object upsert(DocumentTransaction document, EntityType type, Map<String, Object> input, Answer answer) {
        MutationBundle bundle = new MutationBundle();
        if (type == EntityType.SOURCE) {
            bundle.addSource(input, "input");
        } else {
            bundle.addEntity(type, input);
        }
        return load(document, bundle, answer);
    }

    /** States a fact from a link input; {@code answer} reads the fact as {@link #upsert} reads the node. */
    public Object link(DocumentTransaction document, Predicate predicate, Map<String, Object> input, Answer answer) {
        MutationBundle bundle = new MutationBundle();
        List<String> cited = bundle.cite(input);
        bundle.addRelationship(predicate, (String) input.get("from"), (String) input.get("to"),
                MutationBundle.given(input, predicate.properties()), (String) input.get(Property.SINCE.name()),
                (String) input.get(Property.UNTIL.name()), cited);
        return load(document, bundle, answer);
    }

    /**
     * Removes facts; {@code removal} deletes them and counts them.
     *
     * @return how many facts were removed: one, or for SERVES without a title, every role between the two
     */
    public int unlink(DocumentTransaction document, Statement removal, String notFound) {
        int removed = (Integer) removal.answerIn(document.tx());
        if (removed == 0) {
            throw CodedException.of(Problem.notFound("input", notFound));
        }
        return removed;
    }

    /** Deletes a node with its relationships: its kind and how many relationships went with it. */
    public Deleted delete(DocumentTransaction document, String id) {
        TransactionContext tx = document.tx();
        // Locked first, so that no import can cite the node between the count of its citations and its deletion.
        EntityType type = loader.lockedKinds(tx, List.of(id)).get(id);
        if (type == null) {
            throw CodedException.of(Problem.notFound("id", "no entity with id '" + id + "'"));
        }
        if (type == EntityType.SOURCE) {
            long citations = tx.run(CITATIONS, Map.of("id", id)).single().get(0).asLong();
            if (citations > 0) {
                throw CodedException.of(Problem.conflict("id", "source '" + id + "' is cited by "
                        + citations + " fact(s); delete or re-source them first"));
            }
        }
        int removed = tx.run(DETACH_DELETE, Map.of("id", id)).single().get(0).asInt();
        known.deleted(id);
        return new Deleted(type, removed);
    }

    private static Object load(DocumentTransaction document, MutationBundle bundle, Answer answer) {
        return document.batch().load(bundle.bundle(), bundle.replaces() ? bundle::removeReplaced : null, answer,
                bundle::translate);
    }

    /** What a delete removed. */
    public record Deleted(EntityType type, int relationshipsRemoved) {
    }
}
