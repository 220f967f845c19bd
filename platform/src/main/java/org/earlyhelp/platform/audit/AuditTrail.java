package org.earlyhelp.platform.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.security.Caller;

/**
 * Writes the audit trail. A write is audited in its own transaction (the entry commits with
 * the change or not at all); a read joins or opens one.
 */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager entityManager;

    public AuditTrail(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public void record(Caller caller, String action, UUID familyId, String resourceRef) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.at = Instant.now();
        entry.userId = caller.userId();
        entry.agency = caller.agency();
        entry.area = caller.area();
        entry.action = action;
        entry.familyId = familyId;
        entry.resourceRef = resourceRef;
        entityManager.persist(entry);
    }
}
