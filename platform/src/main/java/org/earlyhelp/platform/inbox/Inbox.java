package org.earlyhelp.platform.inbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The idempotent consumer: remembers which events a consumer has applied, in the same
 * transaction as the effect. A redelivered event finds its id here and is skipped.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Claims the event for this consumer. @return true the first time; false when it was
     * already applied (the caller then does nothing). Concurrent claims of the same event
     * serialise on the primary key: one wins, the other waits and then sees false.
     */
    @Transactional(TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String consumer) {
        int inserted = entityManager.createNativeQuery(
                "insert into inbox (event_id, consumer, applied_at) values (:id, :consumer, now()) on conflict do nothing")
                .setParameter("id", eventId).setParameter("consumer", consumer).executeUpdate();
        return inserted == 1;
    }
}
