package io.accordgraph.bundle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import io.accordgraph.bundle.FactBundle.EntityEntry;
import io.accordgraph.bundle.FactBundle.RelationshipEntry;
import io.accordgraph.bundle.FactBundle.SourceEntry;
import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Hop;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.graph.model.Property;
import io.accordgraph.neo4j.GraphReader;
import io.accordgraph.neo4j.Statement;

/**
 * The whole graph as one fact bundle, in a stable order (by kind and id), so that two exports of the same graph
 * are equal byte for byte and an export imported into an empty database exports the same again.
 */
@ApplicationScoped
public class BundleExporter {

    private static final String SOURCES = sources();
    /** Each entity with what each of its sources states of it, by source id. */
    private static final String ENTITIES = entities();
    private static final String RELATIONSHIPS = relationships();
    /** Stored on every node or relationship, and given their own fields in a bundle, or kept by the server. */
    private static final Set<String> OWN_FIELDS = ownFields();

    @Inject
    GraphReader graph;

    /**
     * Reads sources, entities and relationships in one transaction. Neo4j isolates reads at "read committed", so a
     * write that commits between the three statements can still show in the later ones; one transaction keeps them
     * on one server and one state of the schema, and an export taken while nothing writes is exact.
     */
    public FactBundle export() {
        return graph.inTransaction(tx -> new FactBundle(FactBundle.FORMAT,
                list(tx, SOURCES, Map.of(), BundleExporter::source),
                list(tx, ENTITIES, Map.of("kinds", EntityType.labels()), BundleExporter::entity),
                list(tx, RELATIONSHIPS, Map.of(), BundleExporter::relationship)));
    }

    private static <T> List<T> list(TransactionContext tx, String cypher, Map<String, Object> parameters,
            Function<Value, T> entry) {
        return tx.run(cypher, parameters).list(record -> entry.apply(record.get(0)));
    }

    private static String sources() {
        Node n = Cypher.node(EntityType.SOURCE.label()).named("n");
        Node s = Cypher.node(EntityType.SOURCE.label()).named("s");
        Expression reportedBy = Cypher.collect(Cypher.match(Predicate.REPORTED_BY.out().relationship(Hop.bound(n), s))
                .returning(s.property("id")).orderBy(s.property("id").ascending()).build());
        return Statement.render(Cypher.match(n).returning(n.project(Cypher.asterisk(), "reportedBy", reportedBy))
                .orderBy(n.property("id").ascending()).build());
    }

    private static String entities() {
        Node n = Cypher.node(EntityType.ENTITY_LABEL).named("n");
        Node s = Cypher.node(EntityType.SOURCE.label()).named("s");
        Relationship said = Predicate.REPORTED_BY.out().relationship(Hop.bound(n), s).named("said");
        SymbolicName type = Cypher.name("type");
        Expression stated = Cypher.collect(Cypher.match(said)
                .returning(Cypher.mapOf("source", s.property("id"), "stated", Cypher.properties(said)))
                .orderBy(s.property("id").ascending()).build());
        return Statement.render(Cypher.match(n).where(Cypher.not(n.hasLabels(EntityType.SOURCE.label())))
                .with(n.getRequiredSymbolicName(), EntityType.kindOf(n.getRequiredSymbolicName(),
                        Cypher.parameter("kinds")).as(type))
                .returning(n.project(Cypher.asterisk(), "type", type, "stated", stated))
                .orderBy(type.ascending(), n.property("id").ascending()).build());
    }

    private static String relationships() {
        Node a = Cypher.node(EntityType.ENTITY_LABEL).named("a");
        Node b = Cypher.node(EntityType.ENTITY_LABEL).named("b");
        Relationship r = Hop.anyFactForward(a, b).named("r");
        return Statement.render(Cypher.match(r)
                .returning(Cypher.mapOf("type", Cypher.type(r), "from", a.property("id"), "to", b.property("id"),
                        "properties", Cypher.properties(r)))
                .orderBy(Cypher.type(r).ascending(), a.property("id").ascending(), b.property("id").ascending(),
                        r.property(Claim.KEY).ascending()).build());
    }

    private static Set<String> ownFields() {
        Set<String> own = new HashSet<>(Set.of("id", "name", "aliases", "type", "reportedBy", "stated",
                Property.SINCE.name(), Property.UNTIL.name(), EntityType.NAME_KEY, EntityType.DATE_KEY));
        own.addAll(Claim.BOOKKEEPING);
        return Set.copyOf(own);
    }

    private static SourceEntry source(Value n) {
        return new SourceEntry(text(n, "id"), text(n, "name"), list(n, "aliases"), text(n, "title"),
                text(n, "publishedAt"), text(n, "url"), text(n, "publisher"), list(n, "reportedBy"));
    }

    /**
     * An entity with its sources; where they differ on its name or properties, with what each group of them states,
     * so that an import gives every source back what it said. A source that states nothing of its own (a graph
     * written before claims were kept) states what the node holds.
     */
    private static EntityEntry entity(Value n) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", n.get("name").asObject());
        Map<String, Object> others = otherProperties(n.asMap());
        if (others != null) {
            node.putAll(others);
        }
        Map<Map<String, Object>, List<String>> statements = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>();
        for (Value said : n.get("stated").values()) {
            Map<String, Object> stated = new TreeMap<>();
            said.get("stated").asMap().forEach((key, value) -> {
                if (!Claim.BOOKKEEPING.contains(key)) {
                    stated.put(key, plain(value));
                }
            });
            statements.computeIfAbsent(stated.isEmpty() ? new TreeMap<>(node) : stated, k -> new ArrayList<>())
                    .add(said.get("source").asString());
            sources.add(said.get("source").asString());
        }
        List<FactBundle.Statement> statedBy = statements.size() <= 1 ? null : statements.entrySet().stream()
                .map(statement -> {
                    Map<String, Object> properties = new TreeMap<>(statement.getKey());
                    Object name = properties.remove("name");
                    return new FactBundle.Statement(statement.getValue(), (String) name,
                            properties.isEmpty() ? null : properties);
                }).toList();
        return new EntityEntry(text(n, "type"), text(n, "id"), text(n, "name"), list(n, "aliases"), others,
                sources.isEmpty() ? null : sources, statedBy);
    }

    private static RelationshipEntry relationship(Value r) {
        Value props = r.get("properties");
        return new RelationshipEntry(text(r, "type"), text(r, "from"), text(r, "to"),
                otherProperties(props.asMap()), text(props, Property.SINCE.name()),
                text(props, Property.UNTIL.name()), list(props, Predicate.SOURCES));
    }

    private static String text(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : (String) plain(v.asObject());
    }

    /** Dates as ISO text, the form bundles use; other values as they are. */
    private static Object plain(Object value) {
        return value instanceof LocalDate date ? date.toString() : value;
    }

    private static List<String> list(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : v.asList(Value::asString);
    }

    private static Map<String, Object> otherProperties(Map<String, Object> all) {
        Map<String, Object> other = new LinkedHashMap<>();
        all.keySet().stream().sorted().filter(k -> !OWN_FIELDS.contains(k))
                .forEach(k -> other.put(k, plain(all.get(k))));
        return other.isEmpty() ? null : other;
    }
}
