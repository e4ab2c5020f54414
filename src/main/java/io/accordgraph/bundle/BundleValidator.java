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
import io.accordgraph.error.CodedException;
import io.accordgraph.error.Problem;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.graph.model.Property;
import io.accordgraph.graph.model.PropertyKind;

/**
 * Checks a whole bundle before anything is written and collects every problem, each with its JSON path, so
 * that one round trip tells the author all that is wrong.
 * <p>
 * A bundle adds to the graph: what it leaves out stays as it is. An entity already in the graph may come without
 * a name (to add a source or an alias, say), and an explicit {@code null} in {@code properties} removes that
 * property.
 */
final class BundleValidator {

    private static final Pattern SLUG = Pattern.compile(Property.ID_PATTERN);

    private final Function<Collection<String>, Map<String, EntityType>> graphLookup;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, EntityType> stored = new HashMap<>();
    private final Map<String, EntityType> declared = new HashMap<>();
    /** Where each declared id is, for problems about the id as a whole. */
    private final Map<String, String> declaredAt = new HashMap<>();
    private final Map<EntityType, List<Map<String, Object>>> nodes = new EnumMap<>(EntityType.class);
    private final Map<Predicate, List<Map<String, Object>>> relationships = new EnumMap<>(Predicate.class);

    /** @param graphLookup the kind of each id that already exists in the graph, for references outside the bundle */
    BundleValidator(Function<Collection<String>, Map<String, EntityType>> graphLookup) {
        this.graphLookup = graphLookup;
    }

    PreparedBundle validate(FactBundle bundle) {
        if (!FactBundle.FORMAT.equals(bundle.format())) {
            invalid("format", "must be '" + FactBundle.FORMAT + "'");
        }
        for (int i = 0; i < bundle.sources().size(); i++) {
            declare("sources[" + i + "]", bundle.sources().get(i).id(), EntityType.SOURCE);
        }
        List<EntityType> entityTypes = new ArrayList<>();
        for (int i = 0; i < bundle.entities().size(); i++) {
            EntityEntry entity = bundle.entities().get(i);
            EntityType type = entityType("entities[" + i + "]", entity.type());
            entityTypes.add(type);
            if (type != null) {
                declare("entities[" + i + "]", entity.id(), type);
            }
        }
        stored.putAll(graphLookup.apply(referencedIds(bundle)));
        stored.forEach((id, inGraph) -> {
            EntityType wanted = declared.get(id);
            if (wanted != null && wanted != inGraph) {
                problems.add(Problem.conflict(declaredAt.get(id), "'" + id + "' is a " + inGraph.label()
                        + " in the graph and cannot become a " + wanted.label()));
            }
        });
        Map<String, EntityType> known = new HashMap<>(stored);
        known.putAll(declared);

        for (int i = 0; i < bundle.sources().size(); i++) {
            source("sources[" + i + "]", bundle.sources().get(i), known);
        }
        for (int i = 0; i < bundle.entities().size(); i++) {
            entity("entities[" + i + "]", bundle.entities().get(i), entityTypes.get(i), known);
        }
        for (int i = 0; i < bundle.relationships().size(); i++) {
            relationship("relationships[" + i + "]", bundle.relationships().get(i), known);
        }
        if (!problems.isEmpty()) {
            throw CodedException.of(problems);
        }
        return new PreparedBundle(nodes, relationships, stored.keySet());
    }

    private void declare(String path, String id, EntityType type) {
        if (id == null || !SLUG.matcher(id).matches() || id.length() > Property.MAX_ID) {
            invalid(path + ".id", "must be a slug of lower-case letters, digits and single hyphens, at most "
                    + Property.MAX_ID + " characters, not '" + id + "'");
        } else if (declared.putIfAbsent(id, type) != null) {
            invalid(path + ".id", "'" + id + "' is declared more than once in this bundle");
        } else {
            declaredAt.put(id, path + ".id");
        }
    }

    private EntityType entityType(String path, String label) {
        EntityType type = EntityType.ofLabel(label).orElse(null);
        if (type == null) {
            invalid(path + ".type", "unknown entity type '" + label + "'; one of " + EntityType.labels());
        } else if (type == EntityType.SOURCE) {
            invalid(path + ".type", "sources go in the bundle's 'sources' list");
            return null;
        }
        return type;
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
        Map<String, Object> props = names(path, source.id(), source.name(), source.aliases());
        Map<String, Object> given = new HashMap<>();
        putIfGiven(given, "title", source.title());
        putIfGiven(given, "publishedAt", source.publishedAt());
        putIfGiven(given, "url", source.url());
        putIfGiven(given, "publisher", source.publisher());
        // A source's fields are its own in the format, not under 'properties'.
        properties(path, given, EntityType.SOURCE.properties()).forEach((name, value) -> putIfGiven(props, name, value));
        List<String> citedIn = source.citedIn() == null ? List.of() : source.citedIn();
        checkSources(path + ".citedIn", citedIn, known);
        addNode(EntityType.SOURCE, source.id(), props, citedIn);
    }

    /** @param type the entity's kind, or null when it is unknown (already reported) */
    private void entity(String path, EntityEntry entity, EntityType type, Map<String, EntityType> known) {
        Map<String, Object> props = names(path, entity.id(), entity.name(), entity.aliases());
        props.putAll(properties(path + ".properties", entity.properties(),
                type == null ? List.of() : type.properties()));
        requireSources(path, entity.sources(), known);
        Map<String, Object> statedBy = statedBy(path, entity, type);
        if (type != null) {
            addNode(type, entity.id(), props, entity.sources()).put("statedBy", statedBy);
        }
    }

    /** What each source states of the entity, by source id, from its {@code statedBy}: sources it cites. */
    private Map<String, Object> statedBy(String path, EntityEntry entity, EntityType type) {
        Map<String, Object> bySource = new HashMap<>();
        List<FactBundle.Statement> statements = entity.statedBy() == null ? List.of() : entity.statedBy();
        for (int i = 0; i < statements.size(); i++) {
            String at = path + ".statedBy[" + i + "]";
            FactBundle.Statement statement = statements.get(i);
            Map<String, Object> stated = new LinkedHashMap<>();
            putIfGiven(stated, "name", statement.name());
            stated.putAll(properties(at + ".properties", statement.properties(),
                    type == null ? List.of() : type.properties()));
            List<String> sources = statement.sources() == null ? List.of() : statement.sources();
            for (int j = 0; j < sources.size(); j++) {
                if (entity.sources() == null || !entity.sources().contains(sources.get(j))) {
                    invalid(at + ".sources[" + j + "]", "'" + sources.get(j) + "' is not among the entity's sources");
                }
                bySource.put(sources.get(j), stated);
            }
        }
        return bySource;
    }

    private void relationship(String path, RelationshipEntry relation, Map<String, EntityType> known) {
        Predicate kind = Predicate.facts().stream().filter(p -> p.name().equals(relation.type())).findFirst()
                .orElse(null);
        if (kind == null) {
            invalid(path + ".type", "unknown relationship type '" + relation.type() + "'; one of "
                    + Predicate.facts());
            return;
        }
        endpoint(path + ".from", relation.from(), kind.from(), known);
        endpoint(path + ".to", relation.to(), kind.to(), known);
        Map<String, Object> props = properties(path + ".properties", relation.properties(), kind.properties());
        for (Property required : kind.required()) {
            if (relation.properties() == null || relation.properties().get(required.name()) == null) {
                invalid(path + ".properties." + required.name(), "is required for " + kind);
            }
        }
        LocalDate since = date(path + ".since", relation.since());
        LocalDate until = date(path + ".until", relation.until());
        if (since != null && until != null && until.isBefore(since)) {
            invalid(path + ".until", until + " is before since " + since);
        }
        putIfGiven(props, Property.SINCE.name(), since);
        putIfGiven(props, Property.UNTIL.name(), until);
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
            problems.add(Problem.notFound(path, "no entity with id '" + id + "' in this bundle or the graph"));
        } else if (!allowed.contains(actual)) {
            invalid(path, "'" + id + "' is a " + actual.label() + ", expected " + labels(allowed));
        }
    }

    private static List<String> labels(Set<EntityType> types) {
        return types.stream().map(EntityType::label).toList();
    }

    /** Name and aliases; a node already in the graph keeps its name when none is given. */
    private Map<String, Object> names(String path, String id, String name, List<String> aliases) {
        Map<String, Object> props = new LinkedHashMap<>();
        if (name == null && !stored.containsKey(id)) {
            invalid(path + ".name", "is required to create '" + id + "'");
        } else if (name != null && (name.isBlank() || name.length() > Property.MAX_NAME)) {
            invalid(path + ".name", "must not be blank and at most " + Property.MAX_NAME + " characters, not "
                    + describe(name));
        }
        putIfGiven(props, "name", name);
        if (aliases != null) {
            for (int i = 0; i < aliases.size(); i++) {
                String alias = aliases.get(i);
                if (alias == null || alias.isBlank() || alias.length() > Property.MAX_NAME) {
                    invalid(path + ".aliases[" + i + "]", "must not be blank and at most " + Property.MAX_NAME
                            + " characters");
                }
            }
            props.put("aliases", aliases);
        }
        return props;
    }

    /** A bad value as a person reads it: long text by its length, not pasted back in full. */
    private static String describe(String text) {
        return text.length() > 60 ? "a text of " + text.length() + " characters" : "'" + text + "'";
    }

    private LocalDate date(String path, String text) {
        try {
            return text == null ? null : PropertyKind.date(text);
        } catch (IllegalArgumentException e) {
            invalid(path, e.getMessage());
            return null;
        }
    }

    private static void putIfGiven(Map<String, Object> props, String key, Object value) {
        if (value != null) {
            props.put(key, value);
        }
    }

    private void invalid(String path, String message) {
        problems.add(Problem.invalid(path, message));
    }

    /**
     * The properties given, converted to what Neo4j stores; each problem is reported at {@code path.<name>}. A
     * property given as null is removed; one left out is kept.
     */
    private Map<String, Object> properties(String path, Map<String, Object> given, List<Property> allowed) {
        Map<String, Object> converted = new LinkedHashMap<>();
        Map<String, Object> values = given == null ? Map.of() : given;
        for (String name : values.keySet()) {
            if (allowed.stream().noneMatch(property -> property.name().equals(name))) {
                invalid(path + "." + name, "unknown property; allowed: "
                        + allowed.stream().map(Property::name).toList());
            }
        }
        for (Property property : allowed) {
            if (!values.containsKey(property.name())) {
                continue;
            }
            Object value = values.get(property.name());
            try {
                converted.put(property.name(), value == null ? null : property.convert(value));
            } catch (IllegalArgumentException e) {
                invalid(path + "." + property.name(), e.getMessage());
            }
        }
        return converted;
    }

    private void requireSources(String path, List<String> sources, Map<String, EntityType> known) {
        if (sources == null || sources.isEmpty()) {
            invalid(path + ".sources", "every fact must cite at least one source");
        } else {
            checkSources(path + ".sources", sources, known);
        }
    }

    private void checkSources(String path, List<String> sources, Map<String, EntityType> known) {
        for (int i = 0; i < sources.size(); i++) {
            EntityType type = known.get(sources.get(i));
            if (type == null) {
                problems.add(Problem.notFound(path + "[" + i + "]", "no source with id '" + sources.get(i) + "'"));
            } else if (type != EntityType.SOURCE) {
                invalid(path + "[" + i + "]", "'" + sources.get(i) + "' is a " + type.label() + ", not a Source");
            }
        }
    }

    private Map<String, Object> addNode(EntityType type, String id, Map<String, Object> props, List<String> sources) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("props", props);
        row.put("sources", sources == null ? List.of() : sources);
        nodes.computeIfAbsent(type, t -> new ArrayList<>()).add(row);
        return row;
    }
}
