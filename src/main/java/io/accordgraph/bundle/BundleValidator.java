package io.accordgraph.bundle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.accordgraph.bundle.FactBundle.EntityEntry;
import io.accordgraph.bundle.FactBundle.RelationshipEntry;
import io.accordgraph.bundle.FactBundle.SourceEntry;
import io.accordgraph.graph.EntityType;

/**
 * Checks a whole bundle before anything is written and collects every problem, each with its JSON path, so
 * that one round trip tells the author all that is wrong.
 */
final class BundleValidator {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_ID = 100;
    private static final int MAX_NAME = 300;

    private final Function<Collection<String>, Map<String, EntityType>> graphLookup;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, EntityType> declared = new HashMap<>();
    private final Map<EntityType, List<Map<String, Object>>> nodes = new EnumMap<>(EntityType.class);
    private final Map<RelationshipKind, List<Map<String, Object>>> relationships =
            new EnumMap<>(RelationshipKind.class);

    /** @param graphLookup the kind of each id that already exists in the graph, for references outside the bundle */
    BundleValidator(Function<Collection<String>, Map<String, EntityType>> graphLookup) {
        this.graphLookup = graphLookup;
    }

    PreparedBundle validate(FactBundle bundle) {
        if (!FactBundle.FORMAT.equals(bundle.format())) {
            problems.add("format: must be '" + FactBundle.FORMAT + "'");
        }
        for (int i = 0; i < bundle.sources().size(); i++) {
            declare("sources[" + i + "]", bundle.sources().get(i).id(), EntityType.SOURCE);
        }
        for (int i = 0; i < bundle.entities().size(); i++) {
            EntityEntry entity = bundle.entities().get(i);
            EntityType type = entityType("entities[" + i + "]", entity.type());
            if (type != null) {
                declare("entities[" + i + "]", entity.id(), type);
            }
        }
        Map<String, EntityType> known = new HashMap<>(graphLookup.apply(referencedIds(bundle)));
        known.forEach((id, stored) -> {
            EntityType wanted = declared.get(id);
            if (wanted != null && wanted != stored) {
                problems.add("id '" + id + "' is a " + stored.label() + " in the graph and cannot become a "
                        + wanted.label());
            }
        });
        known.putAll(declared);

        for (int i = 0; i < bundle.sources().size(); i++) {
            source("sources[" + i + "]", bundle.sources().get(i), known);
        }
        for (int i = 0; i < bundle.entities().size(); i++) {
            entity("entities[" + i + "]", bundle.entities().get(i), known);
        }
        for (int i = 0; i < bundle.relationships().size(); i++) {
            relationship("relationships[" + i + "]", bundle.relationships().get(i), known);
        }
        if (!problems.isEmpty()) {
            throw new InvalidBundleException(problems);
        }
        return new PreparedBundle(nodes, relationships);
    }

    private void declare(String path, String id, EntityType type) {
        if (id == null || !SLUG.matcher(id).matches() || id.length() > MAX_ID) {
            problems.add(path + ".id: must be a slug of lower-case letters, digits and single hyphens, at most "
                    + MAX_ID + " characters, not '" + id + "'");
        } else if (declared.putIfAbsent(id, type) != null) {
            problems.add(path + ".id: '" + id + "' is declared more than once in this bundle");
        }
    }

    private EntityType entityType(String path, String label) {
        try {
            EntityType type = EntityType.ofLabel(label);
            if (type == EntityType.SOURCE) {
                problems.add(path + ".type: sources go in the bundle's 'sources' list");
                return null;
            }
            return type;
        } catch (IllegalArgumentException e) {
            problems.add(path + ".type: unknown entity type '" + label + "'");
            return null;
        }
    }

    private Set<String> referencedIds(FactBundle bundle) {
        Set<String> ids = new HashSet<>(declared.keySet());
        bundle.sources().forEach(s -> addAll(ids, s.citedIn()));
        bundle.entities().forEach(e -> addAll(ids, e.sources()));
        for (RelationshipEntry r : bundle.relationships()) {
            ids.add(r.from());
            ids.add(r.to());
            addAll(ids, r.sources());
        }
        ids.remove(null);
        return ids;
    }

    private static void addAll(Set<String> ids, List<String> more) {
        if (more != null) {
            ids.addAll(more);
        }
    }

    private void source(String path, SourceEntry source, Map<String, EntityType> known) {
        Map<String, Object> props = names(path, source.name(), source.aliases());
        putText(props, path + ".title", "title", source.title());
        putText(props, path + ".url", "url", source.url());
        putText(props, path + ".publisher", "publisher", source.publisher());
        props.put("publishedAt", source.publishedAt());
        List<String> citedIn = source.citedIn() == null ? List.of() : source.citedIn();
        checkSources(path + ".citedIn", citedIn, known);
        addNode(EntityType.SOURCE, source.id(), props, citedIn);
    }

    private void entity(String path, EntityEntry entity, Map<String, EntityType> known) {
        EntityType type = declared.get(entity.id());
        Map<String, Object> props = names(path, entity.name(), entity.aliases());
        props.putAll(properties(path, entity.properties(), NodeProperties.of(type == null ? EntityType.STATE : type)));
        requireSources(path, entity.sources(), known);
        if (type != null) {
            addNode(type, entity.id(), props, entity.sources());
        }
    }

    private void relationship(String path, RelationshipEntry relation, Map<String, EntityType> known) {
        RelationshipKind kind;
        try {
            kind = RelationshipKind.valueOf(String.valueOf(relation.type()));
        } catch (IllegalArgumentException e) {
            problems.add(path + ".type: unknown relationship type '" + relation.type() + "'");
            return;
        }
        endpoint(path + ".from", relation.from(), kind.from(), known);
        endpoint(path + ".to", relation.to(), kind.to(), known);
        Map<String, Object> props = properties(path, relation.properties(), kind.properties());
        if (kind.key() != null && props.get(kind.key()) == null) {
            problems.add(path + ".properties." + kind.key() + ": is required for " + kind);
        }
        LocalDate since = relation.since();
        LocalDate until = relation.until();
        if (since != null && until != null && until.isBefore(since)) {
            problems.add(path + ".until: " + until + " is before since " + since);
        }
        props.put("since", since);
        props.put("until", until);
        requireSources(path, relation.sources(), known);
        Map<String, Object> row = new HashMap<>();
        row.put("from", relation.from());
        row.put("to", relation.to());
        row.put("key", kind.key() == null ? null : props.get(kind.key()));
        row.put("props", props);
        row.put("sources", relation.sources());
        relationships.computeIfAbsent(kind, k -> new ArrayList<>()).add(row);
    }

    private void endpoint(String path, String id, Set<EntityType> allowed, Map<String, EntityType> known) {
        EntityType actual = known.get(id);
        if (actual == null) {
            problems.add(path + ": no entity with id '" + id + "' in this bundle or the graph");
        } else if (!allowed.contains(actual)) {
            problems.add(path + ": '" + id + "' is a " + actual.label() + ", expected " + labels(allowed));
        }
    }

    private static List<String> labels(Set<EntityType> types) {
        return types.stream().map(EntityType::label).toList();
    }

    private Map<String, Object> names(String path, String name, List<String> aliases) {
        Map<String, Object> props = new LinkedHashMap<>();
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            problems.add(path + ".name: must not be blank and at most " + MAX_NAME + " characters");
        }
        props.put("name", name);
        List<String> list = aliases == null ? List.of() : aliases;
        for (int i = 0; i < list.size(); i++) {
            String alias = list.get(i);
            if (alias == null || alias.isBlank() || alias.length() > MAX_NAME) {
                problems.add(path + ".aliases[" + i + "]: must not be blank and at most " + MAX_NAME + " characters");
            }
        }
        props.put("aliases", list);
        return props;
    }

    private void putText(Map<String, Object> props, String path, String key, String value) {
        if (value != null && value.isBlank()) {
            problems.add(path + ": must not be blank when given");
        }
        props.put(key, value);
    }

    private Map<String, Object> properties(String path, Map<String, Object> given, List<PropertySpec> specs) {
        Map<String, Object> converted = new LinkedHashMap<>();
        Map<String, Object> values = given == null ? Map.of() : given;
        for (String name : values.keySet()) {
            if (specs.stream().noneMatch(spec -> spec.name().equals(name))) {
                problems.add(path + ".properties." + name + ": unknown property; allowed: "
                        + specs.stream().map(PropertySpec::name).toList());
            }
        }
        for (PropertySpec spec : specs) {
            Object value = values.get(spec.name());
            try {
                converted.put(spec.name(), value == null ? null : spec.convert(value));
            } catch (IllegalArgumentException e) {
                problems.add(path + ".properties." + spec.name() + ": " + e.getMessage());
            }
        }
        return converted;
    }

    private void requireSources(String path, List<String> sources, Map<String, EntityType> known) {
        if (sources == null || sources.isEmpty()) {
            problems.add(path + ".sources: every fact must cite at least one source");
        } else {
            checkSources(path + ".sources", sources, known);
        }
    }

    private void checkSources(String path, List<String> sources, Map<String, EntityType> known) {
        for (int i = 0; i < sources.size(); i++) {
            if (known.get(sources.get(i)) != EntityType.SOURCE) {
                problems.add(path + "[" + i + "]: no source with id '" + sources.get(i) + "'");
            }
        }
    }

    private void addNode(EntityType type, String id, Map<String, Object> props, List<String> sources) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("props", props);
        row.put("sources", sources == null ? List.of() : sources);
        nodes.computeIfAbsent(type, t -> new ArrayList<>()).add(row);
    }
}
