package org.earlyhelp.notification.inbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.security.Caller;

/**
 * Issues and redeems stream tickets (for a browser's {@code EventSource}): stored hashed in this service's database, so any
 * replica redeems a ticket any replica issued; a ticket is taken out when redeemed, so it opens one stream only. Tickets
 * are never logged.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = InvalidStreamTicket.class)
public class StreamTickets {

    private final StreamTicketRepository tickets;
    private final Clock clock;
    private final StreamTicketSettings settings;
    private final SecureRandom random = new SecureRandom();

    public StreamTickets(StreamTicketRepository tickets, Clock clock, StreamTicketSettings settings) {
        this.tickets = tickets;
        this.clock = clock;
        this.settings = settings;
    }

    /** A new ticket for the caller; expired ones are swept at the same time, so the table stays a few seconds long. */
    public StreamTicket.Issued issue(Caller caller) {
        Instant now = clock.instant();
        tickets.sweepExpired(now);
        StreamTicket.Issued issued = StreamTicket.issue(caller, now, settings.validFor(), random);
        tickets.persist(issued.stored());
        return issued;
    }

    /** The caller a ticket stands for, taking the ticket out of use; an unknown, expired or used one is {@link InvalidStreamTicket}. */
    public Caller redeem(String ticket) {
        if (!StreamTicket.wellFormed(ticket)) {
            throw new InvalidStreamTicket();
        }
        return tickets.take(StreamTicket.hash(ticket)).flatMap(found -> found.callerAt(clock.instant()))
                .orElseThrow(InvalidStreamTicket::new);
    }
}
