package io.accordgraph.schema;

import java.util.List;

/** A bean that adds fields to the Subscription type. */
public interface SubscriptionFields {

    List<SubscriptionField> subscriptionFields();
}
