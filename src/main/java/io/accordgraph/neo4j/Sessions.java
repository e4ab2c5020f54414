package io.accordgraph.neo4j;

import org.neo4j.driver.Driver;
import org.neo4j.driver.NotificationSeverity;
import org.neo4j.driver.SessionConfig;

/** What every session of the server's own statements shares. */
final class Sessions {

    private Sessions() {
    }

    /**
     * The bookmarks of the driver's executable queries, which the reader and the writer share, so that a read sees
     * the writes before it, even on a replica. And no notifications: nothing reads them, and the database then skips
     * analysing each statement for them and sending them (a link's answer, which matches its two ends apart on
     * purpose, drew a cartesian-product warning on every write: 2 % of the server's CPU under the write benchmark).
     */
    static SessionConfig.Builder of(Driver driver) {
        return SessionConfig.builder().withBookmarkManager(driver.executableQueryBookmarkManager())
                .withMinimumNotificationSeverity(NotificationSeverity.OFF);
    }
}
