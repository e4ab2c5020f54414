package io.accordgraph.graph.model;

import static io.accordgraph.graph.model.Property.date;
import static io.accordgraph.graph.model.Property.flag;
import static io.accordgraph.graph.model.Property.oneOf;
import static io.accordgraph.graph.model.Property.shortText;
import static io.accordgraph.graph.model.Property.text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SymbolicName;

/**
 * The kinds of node the graph holds, each stored under its own Neo4j label beside the shared {@code Entity}, with
 * the properties it has beyond id, name and aliases. Each kind is a GraphQL type of the same name, listed by the
 * root query named by its plural.
 */
public enum EntityType {
    STATE("State", "states", "A country taking part in, sponsoring or disputed in negotiations."),
    PERSON("Person", "persons", "A named individual: a negotiator, an official, a spokesman."),
    DELEGATION("Delegation", "delegations", "The team one state sends to talks."),
    TALKS("Talks", "talks", "A round of negotiations at one place and time.",
            text("location", "Where the round meets."),
            date("startDate", "First day of the round (ISO date)."),
            date("endDate", "Last day of the round (ISO date)."),
            text("description", "What the sources say about the round as a whole.")),
    WORKING_GROUP("WorkingGroup", "workingGroups", "A group set up beside the main table of a round to work on one "
            + "subject.",
            text("focus", "The subject the group works on.")),
    DISPUTED_ASSET("DisputedAsset", "disputedAssets", "Land, a facility or anything else whose control the parties "
            + "contest.",
            oneOf("kind", AssetKind.class, "What kind of thing the asset is."),
            text("description", "What the sources say about the asset.")),
    ISSUE("Issue", "issues", "A question the parties negotiate or are divided on, such as territory.",
            text("description", "What the sources say about the issue.")),
    POSITION("Position", "positions", "What a state, person or delegation demands, rejects or proposes about an "
            + "asset or an issue.",
            oneOf("stance", Stance.class, "How the holder stands towards what the position concerns."),
            text("summary", "The position in a sentence, as the source puts it."),
            date("date", "When the position was stated, if the source says.")),
    STATEMENT("Statement", "statements", "Something a person (or a state's or delegation's representatives) said, "
            + "as a source reports it.",
            oneOf("kind", StatementKind.class, "What the statement does."),
            text("text", "What was said: the speaker's words where `quoted`, otherwise the source's account of "
                    + "them."),
            flag("quoted", "True when `text` holds the speaker's own words."),
            date("date", "When it was said, if the source says."),
            text("attributedTo", "How the source names the speaker when that is not a named person, e.g. "
                    + "`the Kremlin`.")),
    SOURCE("Source", "sources", "A report, article or agency dispatch that facts rest on.",
            shortText("title", "The title of the report, if it has one."),
            Property.PUBLISHED_AT,
            shortText("url", "Where the report can be read."),
            shortText("publisher", "Who published it: an outlet or news agency."));

    /** Label carried by every node, so that an id is unique across kinds and found by one index. */
    public static final String ENTITY_LABEL = "Entity";

    /**
     * Property holding the lower-cased name, which case-insensitive name filters and the order by name read:
     * Neo4j indexes properties, not expressions such as {@code toLower(n.name)}.
     */
    public static final String NAME_KEY = "nameKey";

    /**
     * Property holding a dated kind's date as ISO text, or {@code ''} when it has none, so that the order by date
     * is served by an index and undated nodes come first, as they always have.
     */
    public static final String DATE_KEY = "dateKey";

    private final String label;
    private final String plural;
    private final String description;
    private final List<Property> properties;

    EntityType(String label, String plural, String description, Property... properties) {
        this.label = label;
        this.plural = plural;
        this.description = description;
        this.properties = List.of(properties);
    }

    /** The Neo4j label, which is also the GraphQL type's name. */
    public String label() {
        return label;
    }

    /** The name of the root query that lists this kind, e.g. {@code persons}. */
    public String plural() {
        return plural;
    }

    public String description() {
        return description;
    }

    /** Properties beyond id, name and aliases. */
    public List<Property> properties() {
        return properties;
    }

    public Optional<Property> property(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The kind's own date, which {@code orderBy: DATE} sorts by: its first date property, if it has one. */
    public Optional<Property> dateProperty() {
        return properties.stream().filter(p -> p.kind() == PropertyKind.DATE).findFirst();
    }

    /**
     * The kind of the node bound to {@code n}, in Cypher: the first of its labels in {@code labels}, the list of
     * {@link #labels()} as the statement holds it (a parameter).
     */
    public static Expression kindOf(SymbolicName n, Expression labels) {
        SymbolicName l = Cypher.name("l");
        return Cypher.valueAt(Cypher.listWith(l).in(Cypher.labels(n)).where(l.in(labels)).returning(), 0);
    }

    /** A node of any kind, by the label all share, as a Cypher-DSL node named {@code name}. */
    public static Node anyKind(String name) {
        return Cypher.node(ENTITY_LABEL).named(name);
    }

    /** Every label, for messages that list what is allowed. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(EntityType::label).toList();
    }

    public static Optional<EntityType> ofLabel(String label) {
        return Arrays.stream(values()).filter(type -> type.label.equals(label)).findFirst();
    }
}
