package org.earlyhelp.notification.inbox;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StreamTicketRepository implements PanacheRepositoryBase<StreamTicket, String> {

    /**
     * Takes the ticket with this hash out of the table, once: the row is locked, then deleted in the caller's transaction, so
     * of two replicas redeeming the same ticket at once, the second finds nothing.
     */
    public Optional<StreamTicket> take(String ticketHash) {
        Optional<StreamTicket> found = findByIdOptional(ticketHash, LockModeType.PESSIMISTIC_WRITE);
        found.ifPresent(this::delete);
        return found;
    }

    /** Deletes the tickets that expired before {@code before}: the table holds only the last few seconds' tickets. */
    public long sweepExpired(Instant before) {
        return delete("expiresAt < ?1", before);
    }
}
