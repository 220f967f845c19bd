package org.earlyhelp.assessment.csc;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.inbox.Inbox;

/** Records that children's social care is involved with a family (once per event), so the area's social workers may see it. */
@ApplicationScoped
@Transactional
public class CscInvolvement {

    private final EntityManager entityManager;
    private final Inbox inbox;

    public CscInvolvement(EntityManager entityManager, Inbox inbox) {
        this.entityManager = entityManager;
        this.inbox = inbox;
    }

    public void record(UUID eventId, UUID familyId, String area, String kind, UUID ref, Instant since) {
        if (!inbox.firstDelivery(eventId, "csc-involvement")) {
            return;
        }
        entityManager.createNativeQuery("""
                insert into csc_involvement (family_id, area, kind, ref, since) values (:family, :area, :kind, :ref, :since)
                on conflict do nothing""")
                .setParameter("family", familyId).setParameter("area", area).setParameter("kind", kind).setParameter("ref", ref)
                .setParameter("since", since).executeUpdate();
    }
}
