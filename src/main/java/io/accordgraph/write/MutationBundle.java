package io.accordgraph.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.driver.TransactionContext;

import io.accordgraph.bundle.FactBundle;
import io.accordgraph.bundle.FactBundle.EntityEntry;
import io.accordgraph.bundle.FactBundle.RelationshipEntry;
import io.accordgraph.bundle.FactBundle.SourceEntry;
import io.accordgraph.error.CodedException;
import io.accordgraph.error.Problem;
import io.accordgraph.graph.model.Direction;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Hop;
import io.accordgraph.graph.model.Model;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.graph.model.Property;
import io.accordgraph.neo4j.Statement;

/**
 * A mutation's input as a fact bundle, so that mutations and imports share one validator and one writer. It
 * remembers which argument each part of the bundle came from, to report a problem where the user wrote it:
 * {@code input.holder}, not {@code relationships[0].from}. Inputs arrive as GraphQL gives them: maps of the fields
 * given, so a field left out keeps the value the graph holds.
 */
final class MutationBundle {

    // The statement that removes what a single-valued link replaces, one per hop.
    private static final Map<Hop, String> REMOVALS = new ConcurrentHashMap<>();

    private static final String INPUT = "input.";

    private final List<SourceEntry> sources = new ArrayList<>();
    private final List<EntityEntry> entities = new ArrayList<>();
    private final List<RelationshipEntry> relationships = new ArrayList<>();
    private final Map<String, String> paths = new LinkedHashMap<>();
    private final List<Replacement> replaced = new ArrayList<>();

    /** A single-valued link of {@code node}: any other along the same hop is removed. */
    private record Replacement(Hop hop, String node, String keep) {
    }

    FactBundle bundle() {
        return new FactBundle(FactBundle.FORMAT, sources, entities, relationships);
    }

    @SuppressWarnings("unchecked")
    void addSource(Map<String, Object> source, String inputPath) {
        paths.put("sources[" + sources.size() + "].", inputPath + ".");
        sources.add(new SourceEntry((String) source.get("id"), (String) source.get("name"),
                (List<String>) source.get("aliases"), (String) source.get("title"), (String) source.get("publishedAt"),
                (String) source.get("url"), (String) source.get("publisher"), (List<String>) source.get("citedIn")));
    }

    /** The ids a fact cites: those given in {@code sources}, then the {@code newSources}, which join the bundle. */
    @SuppressWarnings("unchecked")
    List<String> cite(Map<String, Object> input) {
        List<String> ids = (List<String>) input.get("sources");
        List<String> cited = new ArrayList<>(ids == null ? List.of() : ids);
        List<Map<String, Object>> newSources = (List<Map<String, Object>>) input.get("newSources");
        if (newSources != null) {
            for (int i = 0; i < newSources.size(); i++) {
                addSource(newSources.get(i), INPUT + "newSources[" + i + "]");
                cited.add((String) newSources.get(i).get("id"));
            }
        }
        return cited;
    }

    @SuppressWarnings("unchecked")
    void addEntity(EntityType type, Map<String, Object> input) {
        String id = (String) input.get("id");
        String at = "entities[" + entities.size() + "]";
        paths.put(at + ".properties.", INPUT);
        paths.put(at + ".", INPUT);
        List<String> cited = cite(input);
        entities.add(new EntityEntry(type.label(), id, (String) input.get("name"), (List<String>) input.get("aliases"),
                given(input, type.properties()), cited));
        for (Model.InputLink link : Model.inputLinks(type)) {
            Object value = input.get(link.name());
            if (value == null) {
                continue;
            }
            List<String> others = link.many() ? (List<String>) value : List.of((String) value);
            for (int i = 0; i < others.size(); i++) {
                String other = others.get(i);
                boolean outgoing = link.hop().direction() == Direction.OUT;
                // Problems with the input's own id are reported once, at input.id; the far end is the field's.
                String linkAt = "relationships[" + relationships.size() + "]";
                paths.put(linkAt + (outgoing ? ".to" : ".from"), INPUT + link.name() + (link.many() ? "[" + i + "]"
                        : ""));
                paths.put(linkAt + (outgoing ? ".from" : ".to"), null);
                addRelationship(link.hop().predicate(), outgoing ? id : other, outgoing ? other : id, Map.of(), null,
                        null, cited);
                if (!link.many()) {
                    replaced.add(new Replacement(link.hop(), id, other));
                }
            }
        }
    }

    /** The properties the input gives, by name; those left out are not changed by the write. */
    static Map<String, Object> given(Map<String, Object> input, List<Property> properties) {
        Map<String, Object> given = new LinkedHashMap<>();
        for (Property property : properties) {
            if (input.get(property.name()) != null) {
                given.put(property.name(), input.get(property.name()));
            }
        }
        return given;
    }

    /** Whether the input replaces links, which {@link #removeReplaced} removes first. */
    boolean replaces() {
        return !replaced.isEmpty();
    }

    /**
     * Removes, before the bundle is written, the links that single-valued fields replace: those along the same hop
     * between the input's node and any node other than the one now given.
     */
    void removeReplaced(TransactionContext tx) {
        for (Replacement link : replaced) {
            tx.run(REMOVALS.computeIfAbsent(link.hop(), MutationBundle::removal),
                    Map.of("node", link.node(), "keep", link.keep())).consume();
        }
    }

    private static String removal(Hop hop) {
        Node other = Cypher.anyNode("other");
        Relationship r = hop.relationship(Cypher.node(EntityType.ENTITY_LABEL).named("n")
                .withProperties("id", Cypher.parameter("node")), other).named("r");
        return Statement.render(Cypher.match(r).where(other.property("id").isNotEqualTo(Cypher.parameter("keep")))
                .delete(r).build());
    }

    void addRelationship(Predicate predicate, String from, String to, Map<String, Object> properties, String since,
            String until, List<String> cited) {
        String at = "relationships[" + relationships.size() + "]";
        paths.put(at + ".properties.", INPUT);
        paths.putIfAbsent(at + ".", INPUT);
        relationships.add(new RelationshipEntry(predicate.name(), from, to, properties, since, until, cited));
    }

    /**
     * The same refusal with each problem at the argument it is about. Facts a mutation states together cite the
     * same sources, so a missing source is reported once. A failure without problems, such as a timeout, is as it was.
     */
    CodedException translate(CodedException rejected) {
        if (rejected.problems().isEmpty()) {
            return rejected;
        }
        List<Problem> problems = new ArrayList<>();
        for (Problem problem : rejected.problems()) {
            String path = inputPath(problem.path());
            if (path != null && !problems.contains(problem.at(path))) {
                problems.add(problem.at(path));
            }
        }
        return CodedException.of(problems);
    }

    /** The argument a bundle path stands for, or null for a problem already reported elsewhere. */
    private String inputPath(String bundlePath) {
        String prefix = paths.keySet().stream().filter(bundlePath::startsWith)
                .max(Comparator.comparingInt(String::length)).orElse(null);
        if (prefix == null) {
            return bundlePath;
        }
        if (paths.get(prefix) == null) {
            return null;
        }
        String path = paths.get(prefix) + bundlePath.substring(prefix.length());
        return path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
    }
}
