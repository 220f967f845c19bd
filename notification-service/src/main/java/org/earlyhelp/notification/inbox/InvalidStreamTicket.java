package org.earlyhelp.notification.inbox;

/** A stream ticket that is unknown, expired or already used: 401, and nothing streamed. */
public class InvalidStreamTicket extends RuntimeException {

    public InvalidStreamTicket() {
        super("The stream ticket is unknown, expired or already used: ask for a new one (POST /api/notifications/stream-tickets)",
                null, false, false);
    }
}
