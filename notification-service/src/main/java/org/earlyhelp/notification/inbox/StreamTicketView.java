package org.earlyhelp.notification.inbox;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code {ticket, expiresAt}}: the ticket is shown here once and never again (only its hash is kept). */
@Schema(name = "StreamTicket", description = "A single-use ticket for GET /api/notifications/stream?ticket=..., valid until expiresAt")
public record StreamTicketView(
        @Schema(description = "Opaque, single-use; pass it as the stream's ticket query parameter", maxLength = StreamTicket.MAX_LENGTH) String ticket,
        @Schema(description = "After this instant the ticket is refused (401)") Instant expiresAt) {

    static StreamTicketView of(StreamTicket.Issued issued) {
        return new StreamTicketView(issued.ticket(), issued.stored().expiresAt());
    }

    @Override
    public String toString() {
        return "StreamTicketView[expiresAt=" + expiresAt + "]";
    }
}
