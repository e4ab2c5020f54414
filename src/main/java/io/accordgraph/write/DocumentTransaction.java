package io.accordgraph.write;

import org.neo4j.driver.TransactionContext;

import io.accordgraph.bundle.BundleBatch;

/**
 * The one transaction a mutation document is written in, as one of its fields sees it: the upserts and links that
 * join the document's {@code batch} are written together, and {@code position} is the field's place in the document.
 */
record DocumentTransaction(TransactionContext tx, BundleBatch batch, int position) {

    /**
     * The transaction, for a statement of the field's own (a delete, an unlink): the upserts and links before it are
     * written first, so that it sees them.
     */
    @Override
    public TransactionContext tx() {
        batch.flush();
        return tx;
    }
}
