package io.accordgraph.write;

import java.util.function.Consumer;

import org.neo4j.driver.TransactionContext;

import io.accordgraph.live.CommittedChanges;

/**
 * The one transaction a mutation document is written in: who writes, and where each field's write puts what it
 * changed, to be published once the transaction has committed.
 */
record DocumentTransaction(TransactionContext tx, String writer, Consumer<CommittedChanges> changes) {
}
