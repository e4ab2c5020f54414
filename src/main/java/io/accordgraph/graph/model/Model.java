package io.accordgraph.graph.model;

import static io.accordgraph.graph.model.EntityType.DELEGATION;
import static io.accordgraph.graph.model.EntityType.DISPUTED_ASSET;
import static io.accordgraph.graph.model.EntityType.ISSUE;
import static io.accordgraph.graph.model.EntityType.PERSON;
import static io.accordgraph.graph.model.EntityType.POSITION;
import static io.accordgraph.graph.model.EntityType.SOURCE;
import static io.accordgraph.graph.model.EntityType.STATE;
import static io.accordgraph.graph.model.EntityType.STATEMENT;
import static io.accordgraph.graph.model.EntityType.TALKS;
import static io.accordgraph.graph.model.EntityType.WORKING_GROUP;
import static io.accordgraph.graph.model.Predicate.ABOUT;
import static io.accordgraph.graph.model.Predicate.ADDRESSES;
import static io.accordgraph.graph.model.Predicate.CLAIMS;
import static io.accordgraph.graph.model.Predicate.CONCERNS;
import static io.accordgraph.graph.model.Predicate.CONTROLS;
import static io.accordgraph.graph.model.Predicate.DISPUTES;
import static io.accordgraph.graph.model.Predicate.HEADS;
import static io.accordgraph.graph.model.Predicate.INVOLVES;
import static io.accordgraph.graph.model.Predicate.MADE;
import static io.accordgraph.graph.model.Predicate.MEMBER_OF;
import static io.accordgraph.graph.model.Predicate.PARTICIPATES_IN;
import static io.accordgraph.graph.model.Predicate.PARTY_TO;
import static io.accordgraph.graph.model.Predicate.PART_OF;
import static io.accordgraph.graph.model.Predicate.REPORTED_BY;
import static io.accordgraph.graph.model.Predicate.REPRESENTS;
import static io.accordgraph.graph.model.Predicate.SERVES;
import static io.accordgraph.graph.model.Predicate.SPONSORS;
import static io.accordgraph.graph.model.Predicate.TAKES;
import static io.accordgraph.graph.model.Predicate.TRAVELLED_TO;
import static io.accordgraph.graph.model.RelationField.count;
import static io.accordgraph.graph.model.RelationField.facts;
import static io.accordgraph.graph.model.RelationField.many;
import static io.accordgraph.graph.model.RelationField.manyAlong;
import static io.accordgraph.graph.model.RelationField.one;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each kind's GraphQL type offers beyond its properties: the fields that follow relationships, the relationship
 * filters of its {@code where} input, the links its upsert input states, and the root lists. The schema, the
 * compiler of reads and the writes all read them here.
 */
public final class Model {

    /** Every kind's reports, through provenance links. */
    public static final RelationField SOURCES = many("sources", REPORTED_BY.out(),
            "The reports that state this entity; for a source, the reports that cite it. By id unless `orderBy` says "
                    + "otherwise.").byId();
    /** Every kind's {@code sourcesAggregate}. */
    public static final RelationField SOURCES_AGGREGATE = SOURCES.aggregate();

    private static final Map<EntityType, List<RelationField>> FIELDS = new EnumMap<>(Map.of(
            STATE, List.of(
                    many("delegations", REPRESENTS.in(), "Delegations that represent this state."),
                    many("sponsors", SPONSORS.out(), "Talks this state sponsors."),
                    many("talks", PARTY_TO.out(), "Talks this state is a party to."),
                    many("controls", CONTROLS.out(), "Assets this state controls, wholly or in part; "
                            + "`DisputedAsset.controlledBy` has extent and sources."),
                    many("claims", CLAIMS.out(), "Assets this state claims; `DisputedAsset.claimedBy` gives the "
                            + "basis and sources."),
                    many("issues", DISPUTES.out(), "Issues on which this state is divided from another."),
                    many("positions", TAKES.out(), "Positions this state takes."),
                    many("statements", MADE.out(), "Statements attributed to this state as a whole (e.g. to "
                            + "`the Kremlin`).")),
            PERSON, List.of(
                    facts("roles", SERVES.out(), FactView.ROLE, "Offices this person holds, each with its state, "
                            + "dates and sources."),
                    many("heads", HEADS.out(), "Delegations this person heads."),
                    many("memberOf", MEMBER_OF.out(DELEGATION), "Delegations this person belongs to (a head is "
                            + "also a member)."),
                    many("workingGroups", MEMBER_OF.out(WORKING_GROUP), "Working groups this person belongs to."),
                    many("statements", MADE.out(), "Statements this person made."),
                    many("positions", TAKES.out(), "Positions this person takes.")),
            DELEGATION, List.of(
                    one("state", REPRESENTS.out(), "The state this delegation represents."),
                    one("head", HEADS.in(), "The person who heads this delegation, if the sources name one."),
                    many("members", MEMBER_OF.in(PERSON), "Everyone in this delegation, the head included."),
                    count("membersCount", MEMBER_OF.in(PERSON), "How many persons are members of this delegation, "
                            + "the head included."),
                    many("talks", PARTICIPATES_IN.out(), "Talks this delegation takes part in."),
                    facts("travel", TRAVELLED_TO.out(), FactView.TRAVEL, "How this delegation travelled to talks."),
                    many("positions", TAKES.out(), "Positions this delegation takes."),
                    many("statements", MADE.out(), "Statements attributed to this delegation as a whole.")),
            TALKS, List.of(
                    many("sponsors", SPONSORS.in(), "States that sponsor this round."),
                    many("parties", PARTY_TO.in(), "States the negotiations are between, whether or not the "
                            + "sources name their delegations."),
                    many("delegations", PARTICIPATES_IN.in(), "Delegations taking part."),
                    many("workingGroups", PART_OF.in(), "Working groups of this round."),
                    many("issues", ADDRESSES.out(), "Issues on the agenda.")),
            WORKING_GROUP, List.of(
                    one("talks", PART_OF.out(), "The round of talks this group belongs to."),
                    many("members", MEMBER_OF.in(PERSON), "Persons in this group.")),
            DISPUTED_ASSET, List.of(
                    facts("controlledBy", CONTROLS.in(), FactView.CONTROL, "Who holds this asset, how much of it, "
                            + "since when, and which reports say so."),
                    facts("claimedBy", CLAIMS.in(), FactView.CLAIM, "Who claims this asset, on what basis, and "
                            + "which reports say so."),
                    many("positions", CONCERNS.in(), "Positions taken about this asset."),
                    many("issues", INVOLVES.in(), "Issues this asset is part of.")),
            ISSUE, List.of(
                    // A position on one of the issue's assets (ceding a region) is a position on the issue.
                    manyAlong("positions", List.of(List.of(CONCERNS.in()), List.of(INVOLVES.out(), CONCERNS.in())),
                            "Positions taken on this issue, directly or on one of its assets."),
                    many("assets", INVOLVES.out(), "Disputed assets this issue is about."),
                    many("talks", ADDRESSES.in(TALKS), "Talks with this issue on their agenda."),
                    many("disputedBy", DISPUTES.in(), "States divided on this issue.")),
            POSITION, List.of(
                    one("holder", TAKES.in(), "The state, person or delegation that takes this position."),
                    one("concerns", CONCERNS.out(), "The disputed asset or issue the position is about.")),
            STATEMENT, List.of(
                    one("speaker", MADE.in(), "Who made the statement: a person, or a state or delegation when the "
                            + "source names no one."),
                    many("about", ABOUT.out(), "What or whom the statement is about.")),
            SOURCE, List.of(
                    many("reports", REPORTED_BY.in(), "The entities this source reports (for a news agency, also "
                            + "the reports that relay it)."))));

    /** Relationship filters under names of their own, beside those named after fields. */
    private static final Map<EntityType, List<RelationFilter>> OTHER_FILTERS = Map.of(
            PERSON, List.of(new RelationFilter("serves", SERVES.out(), "States the person holds a role for.")),
            DELEGATION, List.of(new RelationFilter("represents", REPRESENTS.out(), "The state the delegation "
                    + "represents.")));

    private static final Map<EntityType, List<InputLink>> INPUT_LINKS = Map.of(
            POSITION, List.of(
                    new InputLink("holder", TAKES.in(), false, "The state, person or delegation that takes the "
                            + "position."),
                    new InputLink("concerns", CONCERNS.out(), false, "The asset or issue it is about.")),
            STATEMENT, List.of(
                    new InputLink("speaker", MADE.in(), false, "The state, person or delegation that made it."),
                    new InputLink("about", ABOUT.out(), true, "Whatever the statement is about, of any kind.")));

    private static final RootList NEGOTIATORS = new RootList("negotiators", PERSON, MEMBER_OF.out(DELEGATION),
            "Persons who are members of a delegation to any talks, by name; filtered, sorted and paged as `persons`.");

    private Model() {
    }

    /**
     * Each kind's relationship fields by name: its own, its {@code sources}, then each list's aggregate. The compiler
     * looks them up per field.
     */
    private static final Map<EntityType, Map<String, RelationField>> BY_NAME = byName();

    /** The relationship fields of a kind's type: its own, its {@code sources}, then each list's aggregate. */
    public static List<RelationField> fields(EntityType type) {
        return List.copyOf(BY_NAME.get(type).values());
    }

    public static Optional<RelationField> field(EntityType type, String name) {
        return Optional.ofNullable(BY_NAME.get(type).get(name));
    }

    private static Map<EntityType, Map<String, RelationField>> byName() {
        Map<EntityType, Map<String, RelationField>> all = new EnumMap<>(EntityType.class);
        FIELDS.forEach((type, fields) -> {
            Map<String, RelationField> named = new LinkedHashMap<>();
            fields.forEach(field -> named.put(field.name(), field));
            named.put(SOURCES.name(), SOURCES);
            // Each list has its aggregate, after every list, so that the list fields keep their order.
            List.copyOf(named.values()).stream().filter(RelationField::listed)
                    .map(field -> field == SOURCES ? SOURCES_AGGREGATE : field.aggregate())
                    .forEach(aggregate -> named.put(aggregate.name(), aggregate));
            all.put(type, named);
        });
        return all;
    }

    /**
     * The relationship filters of a kind's {@code where} input: one per field that follows a single hop to nodes
     * or facts, named after it and matching the node at its far end, and the kind's other named filters.
     */
    public static List<RelationFilter> relationFilters(EntityType type) {
        List<RelationFilter> filters = new ArrayList<>();
        for (RelationField field : fields(type)) {
            if (field.singleHop() && field.reachesNodes()) {
                filters.add(new RelationFilter(field.name(), field.hop(), field.description()));
            }
        }
        filters.addAll(OTHER_FILTERS.getOrDefault(type, List.of()));
        return filters;
    }

    /** The links an upsert of this kind can state besides the node itself, such as the holder of a position. */
    public static List<InputLink> inputLinks(EntityType type) {
        return INPUT_LINKS.getOrDefault(type, List.of());
    }

    /** The root lists: each kind's, by its plural, and the negotiators. */
    public static List<RootList> rootLists() {
        List<RootList> lists = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            lists.add(new RootList(type.plural(), type, null, "Every " + type.label() + " in the graph."));
        }
        lists.add(NEGOTIATORS);
        return lists;
    }

    /** A condition through one hop: some node there matches a filter, or none does. */
    public record RelationFilter(String name, Hop hop, String description) {
    }

    /**
     * A field of an upsert input that names the far end of a link, such as a position's holder. A single-valued
     * one replaces the link it names: a position given a new holder is no longer held by the old one.
     */
    public record InputLink(String name, Hop hop, boolean many, String description) {
    }

    /** A root list of one kind, optionally only the nodes that have a hop (negotiators are members of some delegation). */
    public record RootList(String name, EntityType type, Hop requires, String description) {
    }
}
