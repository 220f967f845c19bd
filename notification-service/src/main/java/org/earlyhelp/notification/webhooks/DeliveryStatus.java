package org.earlyhelp.notification.webhooks;

/**
 * PENDING: waiting for its next attempt. DELIVERED: the receiver answered 2xx. FAILED: retried for
 * the whole retry window without success. ABANDONED: its subscription was disabled.
 */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED, ABANDONED
}
