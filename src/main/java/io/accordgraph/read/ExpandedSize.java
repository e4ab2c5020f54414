package io.accordgraph.read;

import java.util.HashMap;
import java.util.Map;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * How many fields an operation's document names once every fragment spread is written out, and how deep they nest,
 * measured without writing them out: each fragment is measured once and reused. graphql-java merges the fields that repeat, so a
 * fragment whose every spread names the same field twice stays one field to its field limit, while collecting it
 * takes time that doubles with each level: thirty levels keep a core busy for minutes.
 */
final class ExpandedSize {

    /** Larger than any limit: a size that reaches it is no longer counted exactly. */
    private static final long SATURATED = Long.MAX_VALUE / 4;

    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Measure> measured = new HashMap<>();

    private ExpandedSize(Map<String, FragmentDefinition> fragments) {
        this.fragments = fragments;
    }

    /** The fields of the operation, fragments written out, and the levels of fields they nest (top level: 1). */
    record Measure(long fields, long depth) {

        Measure plus(Measure other) {
            return new Measure(Math.min(SATURATED, fields + other.fields), Math.max(depth, other.depth));
        }
    }

    static Measure of(SelectionSet operation, Map<String, FragmentDefinition> fragments) {
        return new ExpandedSize(fragments).measure(operation);
    }

    private Measure measure(SelectionSet selections) {
        Measure total = new Measure(0, 0);
        if (selections == null) {
            return total;
        }
        for (Selection<?> selection : selections.getSelections()) {
            total = total.plus(measure(selection));
        }
        return total;
    }

    private Measure measure(Selection<?> selection) {
        if (selection instanceof Field field) {
            Measure below = measure(field.getSelectionSet());
            return new Measure(Math.min(SATURATED, 1 + below.fields), below.depth + 1);
        }
        if (selection instanceof InlineFragment inline) {
            return measure(inline.getSelectionSet());
        }
        String name = ((FragmentSpread) selection).getName();
        Measure known = measured.get(name);
        if (known != null) {
            return known;
        }
        // A cycle, which validation refuses before this runs, would measure as too large rather than recurse.
        measured.put(name, new Measure(SATURATED, SATURATED));
        FragmentDefinition fragment = fragments.get(name);
        Measure measure = fragment == null ? new Measure(0, 0) : measure(fragment.getSelectionSet());
        measured.put(name, measure);
        return measure;
    }
}
