package org.earlyhelp.notification.inbox;

import java.util.UUID;

/** {@code ?unread=true&familyId=}: both optional. */
public record InboxFilter(boolean unreadOnly, UUID familyId) {
}
