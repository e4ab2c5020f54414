package io.accordgraph.graph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One key an aggregate's {@code groups} can be grouped by: an enum property of the kind ({@code KIND}), a
 * single-valued relationship ({@code SPEAKER}, the node its field shows), a date property cut to its month or year
 * ({@code DATE_MONTH}, as {@code 2026-02}), or, for facts, the predicate and each source a fact cites. The schema
 * declares each as a value of the kind's {@code ...GroupBy} enum and a field of its group key; the compiler reads
 * them back here.
 *
 * @param name the enum value, e.g. {@code DATE_MONTH}
 * @param field the field of the group's key that holds the value, e.g. {@code month}
 * @param property the enum or date property, for {@link Source#PROPERTY} and {@link Source#BUCKET}
 * @param relation the single-valued relationship field, for {@link Source#RELATION}
 * @param bucket how much of a date is kept, for {@link Source#BUCKET}
 */
public record GroupKey(String name, String field, Source source, Property property, RelationField relation,
        Bucket bucket) {

    /** Where a key's value comes from. */
    public enum Source {
        PROPERTY, RELATION, BUCKET,
        /** A fact's type. */
        PREDICATE,
        /** Each report a fact cites: a fact that cites two is in two groups. */
        SOURCE
    }

    /** A date cut to a month ({@code 2026-02}) or a year ({@code 2026}): its ISO text's first characters. */
    public enum Bucket {
        MONTH(7), YEAR(4);

        private final int length;

        Bucket(int length) {
            this.length = length;
        }

        public int length() {
            return length;
        }
    }

    /** The keys of facts: by predicate, by citing report. */
    public static final List<GroupKey> FACTS = List.of(
            new GroupKey("PREDICATE", "predicate", Source.PREDICATE, null, null, null),
            new GroupKey("SOURCE", "source", Source.SOURCE, null, null, null));

    /** The keys a kind's nodes can be grouped by, in the model's order: enum properties, relationships, dates. */
    public static List<GroupKey> of(EntityType kind) {
        List<GroupKey> keys = new ArrayList<>();
        for (Property property : kind.properties()) {
            if (property.kind() == PropertyKind.ENUM) {
                keys.add(new GroupKey(constant(property.name()), property.name(), Source.PROPERTY, property, null,
                        null));
            }
        }
        for (RelationField relation : Model.fields(kind)) {
            if (relation.shape() == RelationField.Shape.ONE) {
                keys.add(new GroupKey(constant(relation.name()), relation.name(), Source.RELATION, null, relation,
                        null));
            }
        }
        for (Property property : kind.properties()) {
            if (property.kind() == PropertyKind.DATE) {
                for (Bucket bucket : Bucket.values()) {
                    keys.add(new GroupKey(constant(property.name()) + "_" + bucket.name(),
                            bucketField(property, bucket), Source.BUCKET, property, null, bucket));
                }
            }
        }
        return keys;
    }

    /**
     * A date's bucket as the key names it: {@code month} for the property {@code date} (the issue's
     * {@code key.month}), {@code startDateMonth} for others.
     */
    private static String bucketField(Property date, Bucket bucket) {
        String unit = bucket.name().toLowerCase(Locale.ROOT);
        return date.name().equals("date") ? unit
                : date.name() + Character.toUpperCase(unit.charAt(0)) + unit.substring(1);
    }

    /** {@code startDate} as {@code START_DATE}. */
    private static String constant(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
