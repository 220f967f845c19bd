package org.earlyhelp.notification.webhooks;

/** ACTIVE receives deliveries; DISABLED (after too many consecutive failures, or by its owner) receives none until enabled again. */
public enum SubscriptionStatus {
    ACTIVE, DISABLED
}
