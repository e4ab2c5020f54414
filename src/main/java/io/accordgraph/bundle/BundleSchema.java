package io.accordgraph.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.accordgraph.graph.model.EntityType;
import io.accordgraph.graph.model.Predicate;
import io.accordgraph.graph.model.Property;
import io.accordgraph.graph.model.PropertyKind;

/**
 * The JSON Schema (draft 2020-12) of the fact bundle format, built from the same tables the validator uses, so
 * that it cannot drift from what an import accepts. The validator checks more than a schema can say: that ids
 * exist, that a link joins the right kinds of node, that {@code until} is not before {@code since}.
 */
final class BundleSchema {

    private static final String DEFS = "#/$defs/";

    private BundleSchema() {
    }

    static Map<String, Object> schema() {
        Map<String, Object> defs = new LinkedHashMap<>();
        defs.put("id", Map.of("type", "string", "pattern", "^" + Property.ID_PATTERN + "$", "maxLength",
                Property.MAX_ID));
        defs.put("name", Map.of("type", "string", "minLength", 1, "maxLength", Property.MAX_NAME, "pattern", "\\S"));
        defs.put("text", Map.of("type", "string", "minLength", 1, "maxLength", Property.MAX_SHORT_TEXT, "pattern", "\\S"));
        defs.put("date", Map.of("type", "string", "format", "date"));
        defs.put("names", Map.of("type", "array", "items", ref("name")));
        defs.put("ids", Map.of("type", "array", "items", ref("id")));
        defs.put("sources", Map.of("type", "array", "items", ref("id"), "minItems", 1));
        Map<String, Object> source = props("id", ref("id"), "name", ref("name"), "aliases", ref("names"));
        EntityType.SOURCE.properties().forEach(p -> source.put(p.name(),
                ref(p.kind() == PropertyKind.DATE ? "date" : "text")));
        source.put("citedIn", ref("ids"));
        defs.put("Source", object(List.of("id"), source));
        List<Object> entities = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            if (type != EntityType.SOURCE) {
                defs.put(type.label(), object(List.of("type", "id", "sources"), props("type",
                        Map.of("const", type.label()), "id", ref("id"), "name", ref("name"), "aliases", ref("names"),
                        "properties", properties(type.properties()), "sources", ref("sources"),
                        "statedBy", Map.of("type", "array", "items", object(List.of("sources"), props("sources",
                                ref("sources"), "name", ref("name"), "properties", properties(type.properties())))))));
                entities.add(ref(type.label()));
            }
        }
        List<Object> relationships = new ArrayList<>();
        for (Predicate kind : Predicate.facts()) {
            defs.put(kind.name(), object(List.of("type", "from", "to", "sources"), props("type",
                    Map.of("const", kind.name()), "from", ref("id"), "to", ref("id"), Property.SINCE.name(), ref("date"),
                    Property.UNTIL.name(), ref("date"), "properties", properties(kind.properties()),
                    "sources", ref("sources"))));
            relationships.add(ref(kind.name()));
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", "/bundles/schema.json");
        schema.put("title", "Accord Graph fact bundle (" + FactBundle.FORMAT + ")");
        schema.put("description", "Reports (sources), the entities they mention and the relationships between "
                + "them, each fact citing source ids. What a bundle leaves out stays as the graph holds it; a "
                + "property given as null is removed; an entity new to the graph needs a name.");
        schema.putAll(object(List.of("format"), props("format", Map.of("const", FactBundle.FORMAT),
                "sources", Map.of("type", "array", "items", ref("Source")),
                "entities", Map.of("type", "array", "items", Map.of("oneOf", entities)),
                "relationships", Map.of("type", "array", "items", Map.of("oneOf", relationships)))));
        schema.put("$defs", defs);
        return schema;
    }

    private static Map<String, Object> properties(List<Property> specs) {
        Map<String, Object> props = new LinkedHashMap<>();
        List<String> required = specs.stream().filter(Property::required).map(Property::name).toList();
        for (Property spec : specs) {
            props.put(spec.name(), switch (spec.kind()) {
                case TEXT -> Map.of("type", List.of("string", "null"), "minLength", 1);
                case DATE -> Map.of("type", List.of("string", "null"), "format", "date");
                case BOOLEAN -> Map.of("type", List.of("boolean", "null"));
                case ENUM -> {
                    List<Object> allowed = new ArrayList<>(spec.constants());
                    allowed.add(null);
                    yield Map.of("enum", allowed);
                }
            });
        }
        return object(required, props);
    }

    private static Map<String, Object> object(List<String> required, Map<String, Object> properties) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", "object");
        object.put("required", required);
        object.put("additionalProperties", false);
        object.put("properties", properties);
        return object;
    }

    private static Map<String, Object> props(Object... namesAndSchemas) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            props.put((String) namesAndSchemas[i], namesAndSchemas[i + 1]);
        }
        return props;
    }

    private static Map<String, Object> ref(String def) {
        return Map.of("$ref", DEFS + def);
    }
}
