package io.accordgraph.read;

import java.util.List;

/** A bean that adds one field to the Query type: itself. */
public interface SingleQueryField extends QueryFields, QueryField {

    @Override
    default List<QueryField> queryFields() {
        return List.of(this);
    }
}
