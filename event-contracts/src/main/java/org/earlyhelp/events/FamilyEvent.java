package org.earlyhelp.events;

import java.util.UUID;

/**
 * Every lifecycle event concerns one family in one area. The family id is the record key and
 * the CloudEvents subject, so one family's events stay in order.
 * Payloads carry ids, codes and dates only: never names or narrative about a child.
 */
public interface FamilyEvent {
    UUID familyId();

    String area();

    default EventType eventType() {
        return EventType.of(getClass());
    }
}
