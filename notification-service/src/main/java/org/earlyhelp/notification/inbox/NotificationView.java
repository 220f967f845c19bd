package org.earlyhelp.notification.inbox;

import java.time.Instant;
import java.util.UUID;

/** {@code {id, type, familyId, planId?, message, createdAt, readAt}} (api.md). */
public record NotificationView(UUID id, String type, UUID familyId, UUID planId, String message, Instant createdAt,
        Instant readAt, boolean team) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.type(), n.familyId(), n.planId(), n.message(), n.createdAt(), n.readAt(),
                new Recipient(n.recipient()).isShared());
    }
}
