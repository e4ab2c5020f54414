package io.accordgraph.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an import changed: how many nodes and relationships it created; for a dry run, what it would have created,
 * and the preview of it (null for an import that wrote).
 */
public record LoadResult(int nodesCreated, int relationshipsCreated,
        @JsonInclude(JsonInclude.Include.NON_NULL) BundlePreview preview) {

    public LoadResult(int nodesCreated, int relationshipsCreated) {
        this(nodesCreated, relationshipsCreated, null);
    }

    LoadResult previewing(BundlePreview preview) {
        return new LoadResult(nodesCreated, relationshipsCreated, preview);
    }
}
