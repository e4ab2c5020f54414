package io.accordgraph.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;

import graphql.normalized.ExecutableNormalizedField;
import io.accordgraph.graph.CypherParameters;
import io.accordgraph.graph.model.Claim;
import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.FactView;
import io.accordgraph.graph.model.Hop;
import io.accordgraph.graph.model.Model;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.graph.model.Property;
import io.accordgraph.graph.model.RelationField;
import io.accordgraph.read.filter.Filters;
import io.accordgraph.read.page.PageSize;
import io.accordgraph.read.page.Sort;

/**
 * Compiles what a request selects under a node, a fact or a list of them into Cypher expressions of one statement:
 * map projections of the selected properties, and for each relationship field a {@code COLLECT} subquery with the
 * field's own filter, order, page and date, nested as deep as the request goes. Each projection comes with the
 * {@link Conversion} that turns its result into the rows the GraphQL fields read, so nested fields never query.
 * <p>
 * A projector never changes: a field read as known on a day of its own gets a projector of its own
 * ({@link #within}). Only its {@link CypherParameters}, shared by the whole statement, collect values and hand out
 * variable names.
 *
 * @param knownAt the day the graph is read as known on, for the field being compiled and below it; null: as known now
 */
public record Projector(CypherParameters parameters, PageSize pageSize, LocalDate knownAt) {

    /** The generic fact's fields that are values, beside its two ends, its attributes and its sources. */
    private static final Set<String> FACT_SCALARS = Set.of("predicate", "since", "until");
    /** Relationship properties that the fact shows in fields of their own, or keeps for itself, not as attributes. */
    private static final Set<String> NOT_ATTRIBUTES = notAttributes();
    /** The dates every fact may have, checked like properties. */
    private static final Property SINCE = Property.date("since", null);
    private static final Property UNTIL = Property.date("until", null);

    /** A projector for one statement, reading the graph as known now. */
    public Projector(CypherParameters parameters, PageSize pageSize) {
        this(parameters, pageSize, null);
    }

    /** {@link #known} as one more condition of a WHERE, or nothing when the graph is read as known now. */
    public String andKnown(String x) {
        return knownAt == null ? "" : " AND " + known(x);
    }

    /** That the claim bound to {@code r} was known on the {@code knownAt} day: a source of it published by then. */
    private String knownClaim(String r) {
        if (knownAt == null || r.isEmpty()) {
            return "true";
        }
        String s = parameters.fresh("s");
        return "EXISTS { MATCH (" + s + ":" + EntityType.SOURCE.label() + ") WHERE " + s + ".id IN " + r + "."
                + Predicate.SOURCES + " AND " + s + ".publishedAt <= " + parameters.add(knownAt) + " }";
    }

    /** This projector for {@code field} and below: as known on the field's own {@code knownAt} day, if it gives one. */
    public Projector within(ExecutableNormalizedField field) {
        LocalDate own = (LocalDate) field.getResolvedArguments().get("knownAt");
        return own == null ? this : new Projector(parameters, pageSize, own);
    }

    /**
     * That the node bound to {@code x} was known on the {@code knownAt} day: stated by a source published by then,
     * or, for a source, published by then. {@code true} when the graph is read as known now.
     */
    public String known(String x) {
        if (knownAt == null) {
            return "true";
        }
        String day = parameters.add(knownAt);
        String s = parameters.fresh("s");
        return "(CASE WHEN " + x + ":" + EntityType.SOURCE.label() + " THEN " + x + ".publishedAt <= " + day
                + " ELSE EXISTS { MATCH " + Predicate.REPORTED_BY.out().pattern(x, "", s) + " WHERE " + s
                + ".publishedAt <= " + day + " } END)";
    }

    /**
     * The map projection of the node bound to {@code v}, for what {@code field} selects under it.
     *
     * @param kinds the kinds the node may be of; more than one when the field is an {@code Entity}
     */
    public Projected node(String v, Set<EntityType> kinds, ExecutableNormalizedField field) {
        Tuple tuple = new Tuple();
        RowConversion row;
        if (kinds.size() > 1) {
            row = RowConversion.ofAnyKind();
            tuple.add(kindOf(v));
        } else {
            row = RowConversion.of(kinds.iterator().next());
        }
        for (ExecutableNormalizedField child : field.getChildren()) {
            String name = child.getName();
            Set<EntityType> applies = applicable(kinds, child);
            if (name.startsWith("__") || applies.isEmpty()) {
                continue;
            }
            Set<EntityType> only = applies.size() == kinds.size() ? null : applies;
            if (isScalar(name, applies)) {
                EntityType kind = applies.iterator().next();
                int position = tuple.once(name, scalar(v, name, kind));
                row.add(child.getResultKey(), name, position, only, checked(kind, name));
            } else {
                Projector under = within(child);
                Projected value = switch (name) {
                    case "facts" -> under.facts(v, child);
                    case Names.PROPERTY_CLAIMS -> under.claims(v, child);
                    default -> under.relation(v, applies, only != null, child);
                };
                row.add(child.getResultKey(), name, tuple.add(value.cypher()), only, value.conversion());
            }
        }
        return new Projected(tuple.cypher(), row);
    }

    /**
     * The projection of a fact of any type, {@code r} from {@code subject} to {@code object} (all three bound), as
     * the {@code Fact} type: predicate, both ends, dates, other properties as attributes, and sources.
     */
    public Projected fact(String r, String subject, String object, ExecutableNormalizedField field) {
        Tuple tuple = new Tuple();
        RowConversion row = RowConversion.plain();
        for (ExecutableNormalizedField child : field.getChildren()) {
            String name = child.getName();
            if (FACT_SCALARS.contains(name)) {
                boolean predicate = name.equals("predicate");
                int position = tuple.once(name, predicate ? "type(" + r + ")" : r + "." + name);
                row.add(child.getResultKey(), name, position, null, predicate ? Conversion.PLAIN
                        : Checked.property(Names.FACT, name.equals("since") ? SINCE : UNTIL));
                continue;
            }
            String recorded = recorded(r, name);
            if (recorded != null) {
                row.add(child.getResultKey(), name, tuple.once(name, recorded), null, Conversion.PLAIN);
                continue;
            }
            Projected value = switch (name) {
                case "attributes" -> new Projected("properties(" + r + ")", attributes(child));
                case "subject" -> node(subject, EnumSet.allOf(EntityType.class), child);
                case "object" -> node(object, EnumSet.allOf(EntityType.class), child);
                case "sources" -> citedSources(r, child);
                default -> null;
            };
            if (value != null) {
                row.add(child.getResultKey(), name, tuple.add(value.cypher()), null, value.conversion());
            }
        }
        return new Projected(tuple.cypher(), row);
    }

    /** Which of the node's possible kinds a selected field applies to (all, unless it sits in a fragment). */
    private static Set<EntityType> applicable(Set<EntityType> kinds, ExecutableNormalizedField child) {
        Set<EntityType> applies = EnumSet.noneOf(EntityType.class);
        for (EntityType kind : kinds) {
            if (child.getObjectTypeNames().contains(kind.label())) {
                applies.add(kind);
            }
        }
        return applies;
    }

    private static boolean isScalar(String name, Set<EntityType> kinds) {
        return name.equals("id") || name.equals("name") || name.equals("aliases")
                || kinds.stream().allMatch(kind -> kind.property(name).isPresent());
    }

    /** A property of the node; one a read always answers gets its value when missing. */
    private String scalar(String v, String name, EntityType kind) {
        if (name.equals("aliases")) {
            return "coalesce(" + v + ".aliases, [])";
        }
        if (name.equals("name")) {
            // A node another program wrote without a name answers its id, which Checked.NAME reports.
            return "coalesce(" + v + ".name, [" + v + ".id])";
        }
        Property property = kind.property(name).orElse(null);
        if (property != null && property.whenMissing() != null) {
            return "coalesce(" + v + "." + name + ", " + parameters.add(property.whenMissing()) + ")";
        }
        return v + "." + name;
    }

    /** How a node's scalar field checks what is stored. */
    private static Conversion checked(EntityType kind, String name) {
        return switch (name) {
            case "id" -> Checked.ID;
            case "name" -> Checked.NAME;
            case "aliases" -> Checked.ALIASES;
            default -> Checked.property(kind.label(), kind.property(name).orElseThrow());
        };
    }

    /** The kind of a node that may be of several: its label other than {@code Entity}. */
    private String kindOf(String v) {
        return "[l IN labels(" + v + ") WHERE l IN " + parameters.add(EntityType.labels()) + "][0]";
    }

    /**
     * A relationship field of the node bound to {@code v}. Where the node may be of several kinds and the field
     * follows different relationships on each (or exists on some only), a CASE on the node's label picks the walk.
     */
    private Projected relation(String v, Set<EntityType> kinds, boolean guarded, ExecutableNormalizedField child) {
        if (kinds.size() == 1 && !guarded) {
            return relation(v, Model.field(kinds.iterator().next(), child.getName()).orElseThrow(), child);
        }
        Map<List<Object>, Set<EntityType>> walks = new LinkedHashMap<>();
        Map<List<Object>, RelationField> fields = new LinkedHashMap<>();
        for (EntityType kind : kinds) {
            RelationField field = Model.field(kind, child.getName()).orElseThrow();
            List<Object> walk = List.of(field.shape(), field.chains(), Objects.toString(field.view()));
            walks.computeIfAbsent(walk, w -> EnumSet.noneOf(EntityType.class)).add(kind);
            fields.putIfAbsent(walk, field);
        }
        if (walks.size() == 1 && !guarded) {
            return relation(v, fields.values().iterator().next(), child);
        }
        StringBuilder cases = new StringBuilder("CASE");
        Conversion conversion = null;
        for (Map.Entry<List<Object>, Set<EntityType>> walk : walks.entrySet()) {
            Projected branch = relation(v, fields.get(walk.getKey()), child);
            String labels = walk.getValue().stream().map(k -> v + ":" + k.label())
                    .collect(Collectors.joining(" OR "));
            cases.append(" WHEN ").append(labels).append(" THEN ").append(branch.cypher());
            conversion = branch.conversion();
        }
        return new Projected(cases.append(" END").toString(), conversion);
    }

    @SuppressWarnings("unchecked")
    private Projected relation(String v, RelationField field, ExecutableNormalizedField child) {
        Map<String, Object> args = child.getResolvedArguments();
        String x = parameters.fresh("n");
        String r = field.singleHop() ? parameters.fresh("r") : "";
        if (field.shape() == RelationField.Shape.COUNT) {
            return new Projected("COUNT { MATCH " + field.hop().pattern(v, r, x) + " WHERE "
                    + asOf(r, (LocalDate) args.get("asOf")) + " }", Conversion.PLAIN);
        }
        EntityType target = field.target();
        List<Hop> last = field.chains().get(0);
        Set<EntityType> kinds = last.get(last.size() - 1).targets();
        List<String> conditions = new ArrayList<>();
        conditions.add(Filters.condition(target, (Map<String, Object>) args.get("where"), x, parameters));
        if (field.singleHop()) {
            conditions.add(asOf(r, (LocalDate) args.get("asOf")));
            if (field.hop().predicate().isFact()) {
                conditions.add(knownClaim(r));
            }
        }
        conditions.add(known(x));
        Sort sort = Sort.of(target, (List<Map<String, Object>>) args.get("orderBy"), field.orderedBy());
        int first = field.shape() == RelationField.Shape.ONE ? 1 : pageSize.of((Integer) args.get("first"));
        // A node that several claims link (two reports dating a membership differently) is listed once.
        String walk = match(v, field, r, x) + String.join(" AND ", conditions) + " WITH "
                + (field.shape() == RelationField.Shape.FACTS ? x + ", " + r : "DISTINCT " + x) + " ORDER BY "
                + sort.orderBy(x)
                + " LIMIT " + parameters.add(first) + " RETURN ";
        return switch (field.shape()) {
            case ONE -> {
                Projected node = node(x, kinds, child);
                yield new Projected("COLLECT { " + walk + node.cypher() + " }[0]", node.conversion());
            }
            case MANY -> {
                Projected node = node(x, kinds, child);
                yield new Projected("COLLECT { " + walk + node.cypher() + " }", node.conversion().eachOf());
            }
            default -> {
                Projected fact = view(field.view(), r, x, kinds, child);
                yield new Projected("COLLECT { " + walk + fact.cypher() + " }", fact.conversion().eachOf());
            }
        };
    }

    /**
     * {@code MATCH <hop> WHERE } for a single hop; for alternative chains, each matched in a UNION (which keeps a
     * node reached twice once), then {@code WITH x WHERE }.
     */
    private String match(String v, RelationField field, String r, String x) {
        if (field.singleHop()) {
            return "MATCH " + field.hop().pattern(v, r, x) + " WHERE ";
        }
        List<String> branches = new ArrayList<>();
        for (List<Hop> chain : field.chains()) {
            List<String> steps = new ArrayList<>();
            String from = v;
            for (int i = 0; i < chain.size(); i++) {
                String to = i == chain.size() - 1 ? x : parameters.fresh("m");
                steps.add(chain.get(i).pattern(from, "", to));
                from = to;
            }
            branches.add("MATCH " + String.join(", ", steps) + " RETURN " + x);
        }
        return "CALL (" + v + ") { " + String.join(" UNION ", branches) + " } WITH " + x + " WHERE ";
    }

    /** The relationship bound to {@code r} holds on that day: started by then (or no start known), not ended before. */
    private String asOf(String r, LocalDate day) {
        if (day == null || r.isEmpty()) {
            return "true";
        }
        String d = parameters.add(day);
        return "(" + r + ".since IS NULL OR " + r + ".since <= " + d + ") AND (" + r + ".until IS NULL OR " + r
                + ".until >= " + d + ")";
    }

    /** A fact seen from one end: its properties and dates, the far node {@code x} and the sources. */
    private Projected view(FactView view, String r, String x, Set<EntityType> farKinds,
            ExecutableNormalizedField field) {
        Tuple tuple = new Tuple();
        RowConversion row = RowConversion.plain();
        Map<String, Property> properties = new HashMap<>(Map.of(SINCE.name(), SINCE, UNTIL.name(), UNTIL));
        view.predicate().properties().forEach(property -> properties.put(property.name(), property));
        for (ExecutableNormalizedField child : field.getChildren()) {
            String name = child.getName();
            Property property = properties.get(name);
            String recorded = recorded(r, name);
            if (recorded != null) {
                row.add(child.getResultKey(), name, tuple.once(name, recorded), null, Conversion.PLAIN);
            } else if (property != null) {
                row.add(child.getResultKey(), name, tuple.once(name, r + "." + name), null,
                        Checked.property(view.predicate().name(), property));
            } else if (name.equals(view.farEnd()) || name.equals("sources")) {
                Projected value = name.equals("sources") ? citedSources(r, child) : node(x, farKinds, child);
                row.add(child.getResultKey(), name, tuple.add(value.cypher()), null, value.conversion());
            }
        }
        return new Projected(tuple.cypher(), row);
    }

    /** When or by whom the claim bound to {@code r} was recorded, if {@code field} asks that, else null. */
    private static String recorded(String r, String field) {
        return switch (field) {
            case Claim.RECORDED_AT -> "toString(" + r + "." + Claim.RECORDED_AT + ")";
            case Claim.RECORDED_BY -> r + "." + Claim.RECORDED_BY;
            default -> null;
        };
    }

    private static Set<String> notAttributes() {
        Set<String> names = new HashSet<>(Claim.BOOKKEEPING);
        names.add("since");
        names.add("until");
        return Set.copyOf(names);
    }

    /**
     * What each source says of the node's properties: one row per property and value, with its sources, most
     * recently published first; {@code current} when the node shows that value.
     */
    private Projected claims(String v, ExecutableNormalizedField field) {
        return propertyClaims(v, null, field);
    }

    /**
     * The claims of the relationships in the list bound to {@code claims}, as {@code Fact}s, the one with the most
     * recently published source first.
     */
    public Projected claimList(String claims, ExecutableNormalizedField field) {
        String r = parameters.fresh("r");
        String subject = parameters.fresh("n");
        String object = parameters.fresh("n");
        String s = parameters.fresh("s");
        Projected fact = fact(r, subject, object, field);
        return new Projected("COLLECT { UNWIND " + claims + " AS " + r + " WITH " + r + ", startNode(" + r + ") AS "
                + subject + ", endNode(" + r + ") AS " + object + ", COLLECT { MATCH (" + s + ":"
                + EntityType.SOURCE.label() + ") WHERE " + s + ".id IN " + r + "." + Predicate.SOURCES + " RETURN " + s
                + ".publishedAt ORDER BY " + s + ".publishedAt DESC }[0] AS latest "
                + "ORDER BY latest IS NULL, latest DESC, "
                + r + "." + Claim.KEY + " RETURN " + fact.cypher() + " }", fact.conversion().eachOf());
    }

    /**
     * What each source says of the properties of the node bound to {@code v}, or of one property only when
     * {@code only} names a variable that holds its name.
     */
    public Projected propertyClaims(String v, String only, ExecutableNormalizedField field) {
        String said = parameters.fresh("said");
        String s = parameters.fresh("s");
        String property = parameters.fresh("property");
        String value = parameters.fresh("value");
        String other = parameters.fresh("s");
        String otherSaid = parameters.fresh("said");
        String latest = parameters.fresh("s");
        String latestSaid = parameters.fresh("said");
        Tuple tuple = new Tuple();
        RowConversion row = RowConversion.plain();
        for (ExecutableNormalizedField child : field.getChildren()) {
            String name = child.getName();
            if (name.equals("sources")) {
                Projected source = node(other, EnumSet.of(EntityType.SOURCE), child);
                row.add(child.getResultKey(), name, tuple.add("COLLECT { MATCH " + Predicate.REPORTED_BY.out()
                        .pattern(v, otherSaid, other) + " WHERE " + known(other) + " AND toString(" + otherSaid
                        + "[" + property + "]) = "
                        + value + " WITH " + other + " ORDER BY " + Claim.newestFirst(other) + " RETURN "
                        + source.cypher() + " }"), null, source.conversion().eachOf());
            } else if (!name.startsWith("__")) {
                row.add(child.getResultKey(), name, tuple.once(name, switch (name) {
                    case "current" -> value + " = toString(" + v + "[" + property + "])";
                    case "property" -> property;
                    default -> value;
                }), null, Conversion.PLAIN);
            }
        }
        return new Projected("COLLECT { MATCH " + Predicate.REPORTED_BY.out().pattern(v, said, s) + " WHERE "
                + known(s) + " UNWIND [k IN keys(" + said + ") WHERE NOT k IN " + Claim.bookkeeping()
                + (only == null ? "" : " AND k = " + only) + "] AS " + property + " WITH DISTINCT " + property
                + ", toString(" + said + "[" + property + "]) AS " + value
                // No aggregation here: one inside a subquery expression makes Neo4j treat the enclosing RETURN as one.
                + " WITH " + property + ", " + value + ", COLLECT { MATCH " + Predicate.REPORTED_BY.out().pattern(v,
                        latestSaid, latest) + " WHERE toString(" + latestSaid + "[" + property + "]) = " + value
                + " RETURN " + latest + ".publishedAt ORDER BY " + latest + ".publishedAt DESC }[0] AS " + latest
                + " ORDER BY " + property + ", " + latest + " IS NULL, " + latest + " DESC, " + value + " RETURN "
                + tuple.cypher() + " }", row.eachOf());
    }

    /** The sources a relationship cites by id, by id. */
    private Projected citedSources(String r, ExecutableNormalizedField field) {
        String s = parameters.fresh("s");
        Projected source = node(s, EnumSet.of(EntityType.SOURCE), field);
        return new Projected("COLLECT { MATCH (" + s + ":" + EntityType.SOURCE.label() + ") WHERE " + s + ".id IN "
                + r + "." + Predicate.SOURCES + " AND " + known(s) + " WITH " + s + " ORDER BY " + s + ".id RETURN "
                + source.cypher() + " }", source.conversion().eachOf());
    }

    /**
     * Every fact of the node bound to {@code v}, in either direction: those with a start date first, the newest of
     * them first; then by predicate and by the other end's name.
     */
    private Projected facts(String v, ExecutableNormalizedField field) {
        Map<String, Object> args = field.getResolvedArguments();
        String r = parameters.fresh("r");
        String other = parameters.fresh("n");
        String subject = parameters.fresh("n");
        String object = parameters.fresh("n");
        int first = pageSize.of((Integer) args.get("first"));
        Projected fact = fact(r, subject, object, field);
        return new Projected("COLLECT { MATCH " + Hop.anyFact(v, r, other) + " WHERE "
                + asOf(r, (LocalDate) args.get("asOf")) + " AND " + knownClaim(r) + " AND " + known(other) + " WITH "
                + r + ", " + other + " ORDER BY " + r + ".since IS NULL, " + r + ".since DESC, type(" + r + "), "
                + other + ".name, " + other + ".id LIMIT " + parameters.add(first) + " WITH " + r + ", startNode(" + r
                + ") AS " + subject + ", endNode(" + r + ") AS " + object + " RETURN " + fact.cypher() + " }",
                fact.conversion().eachOf());
    }

    /** A fact's properties other than its dates and sources, as rows of key and text value, by key. */
    private static Conversion attributes(ExecutableNormalizedField field) {
        return value -> {
            List<Object> attributes = new ArrayList<>();
            value.asMap(Value::asObject).entrySet().stream()
                    .filter(e -> !NOT_ATTRIBUTES.contains(e.getKey()) && e.getValue() != null)
                    .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                    .forEach(e -> {
                        Row row = new Row(null, true);
                        for (ExecutableNormalizedField child : field.getChildren()) {
                            row.put(child.getResultKey(), child.getName().equals("key") ? e.getKey()
                                    : String.valueOf(e.getValue()));
                        }
                        attributes.add(row);
                    });
            return attributes;
        };
    }

    /** A Cypher expression and the conversion of its value. */
    public record Projected(String cypher, Conversion conversion) {
    }
}
