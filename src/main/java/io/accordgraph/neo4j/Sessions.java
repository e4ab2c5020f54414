package io.accordgraph.neo4j;

import org.neo4j.driver.NotificationSeverity;
import org.neo4j.driver.SessionConfig;

/** What every session of the server's own statements shares. */
final class Sessions {

    private Sessions() {
    }

    /**
     * Without notifications: nothing reads them, and the database then skips analysing each statement for them and
     * sending them (a link's answer, which matches its two ends apart on purpose, drew a cartesian-product warning on
     * every write: 2 % of the server's CPU under the write benchmark).
     */
    static SessionConfig.Builder quiet(SessionConfig.Builder builder) {
        return builder.withMinimumNotificationSeverity(NotificationSeverity.OFF);
    }
}
