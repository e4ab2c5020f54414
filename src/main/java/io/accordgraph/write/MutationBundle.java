package io.accordgraph.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

import io.accordgraph.bundle.FactBundle;
import io.accordgraph.bundle.FactBundle.EntityEntry;
import io.accordgraph.bundle.FactBundle.RelationshipEntry;
import io.accordgraph.bundle.FactBundle.SourceEntry;
import io.accordgraph.bundle.RelationshipKind;
import io.accordgraph.graph.EntityType;
import io.accordgraph.graph.Problem;
import io.accordgraph.graph.RejectedException;
import io.accordgraph.source.SourceInput;

/**
 * A mutation's input as a fact bundle, so that mutations and imports share one validator and one writer. It
 * remembers which argument each part of the bundle came from, to report a problem where the user wrote it:
 * {@code input.holder}, not {@code relationships[0].from}.
 */
final class MutationBundle {

    private static final String INPUT = "input.";

    private final List<SourceEntry> sources = new ArrayList<>();
    private final List<EntityEntry> entities = new ArrayList<>();
    private final List<RelationshipEntry> relationships = new ArrayList<>();
    private final Map<String, String> paths = new LinkedHashMap<>();
    private final List<Replacement> replaced = new ArrayList<>();

    /** A single-valued link of {@code node}: any other of its kind, in that direction, is removed. */
    private record Replacement(RelationshipKind kind, String node, String keep, boolean outgoing) {
    }

    FactBundle bundle() {
        return new FactBundle(FactBundle.FORMAT, sources, entities, relationships);
    }

    void addSource(SourceInput source, String inputPath) {
        paths.put("sources[" + sources.size() + "].", inputPath + ".");
        sources.add(new SourceEntry(source.id(), source.name(), source.aliases(), source.title(),
                source.publishedAt(), source.url(), source.publisher(), source.citedIn()));
    }

    /** The ids a fact cites: those given, then the new sources, which join the bundle. */
    List<String> cite(List<String> ids, List<SourceInput> newSources) {
        List<String> cited = new ArrayList<>(ids == null ? List.of() : ids);
        if (newSources != null) {
            for (int i = 0; i < newSources.size(); i++) {
                addSource(newSources.get(i), INPUT + "newSources[" + i + "]");
                cited.add(newSources.get(i).id());
            }
        }
        return cited;
    }

    void addEntity(EntityType type, EntityInput input) {
        String at = "entities[" + entities.size() + "]";
        paths.put(at + ".properties.", INPUT);
        paths.put(at + ".", INPUT);
        List<String> cited = cite(input.sources(), input.newSources());
        entities.add(new EntityEntry(type.label(), input.id(), input.name(), input.aliases(), input.properties(),
                cited));
        for (InputLink link : input.links()) {
            // Problems with the input's own id are reported once, at input.id; the far end is the field's.
            String linkAt = "relationships[" + relationships.size() + "]";
            boolean outgoing = link.from().equals(input.id());
            paths.put(linkAt + (outgoing ? ".to" : ".from"), INPUT + link.path());
            paths.put(linkAt + (outgoing ? ".from" : ".to"), null);
            addRelationship(link.kind(), link.from(), link.to(), Map.of(), null, null, cited);
            if (link.replaces()) {
                replaced.add(new Replacement(link.kind(), input.id(), outgoing ? link.to() : link.from(), outgoing));
            }
        }
    }

    /**
     * Removes, before the bundle is written, the facts that single-valued fields replace: the links of the same
     * kind between the input's node and any node other than the one now given.
     */
    void removeReplaced(TransactionContext tx) {
        for (Replacement link : replaced) {
            // The relationship type comes from the enum, never from user text.
            String pattern = link.outgoing() ? "(n:Entity {id: $node})-[r:" + link.kind().name() + "]->(other)"
                    : "(other)-[r:" + link.kind().name() + "]->(n:Entity {id: $node})";
            tx.run("MATCH " + pattern + " WHERE other.id <> $keep DELETE r",
                    Map.of("node", link.node(), "keep", link.keep())).consume();
        }
    }

    void addRelationship(RelationshipKind kind, String from, String to, Map<String, Object> properties,
            String since, String until, List<String> cited) {
        String at = "relationships[" + relationships.size() + "]";
        paths.put(at + ".properties.", INPUT);
        paths.putIfAbsent(at + ".", INPUT);
        relationships.add(new RelationshipEntry(kind.name(), from, to, properties, since, until, cited));
    }

    /**
     * The same refusal with each problem at the argument it is about. Facts a mutation states together cite the
     * same sources, so a missing source is reported once.
     */
    RejectedException translate(RejectedException rejected) {
        List<Problem> problems = new ArrayList<>();
        for (Problem problem : rejected.problems()) {
            String path = inputPath(problem.path());
            if (path != null && !problems.contains(problem.at(path))) {
                problems.add(problem.at(path));
            }
        }
        return RejectedException.of(problems);
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
