package org.earlyhelp.assessment.csc;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;


/** Records that children's social care is involved with a family (once per event), so the area's social workers may see it. */
@ApplicationScoped
@Transactional
public class CscInvolvement {

    /** Its inbox name: the platform applies each event once for it (Subscriptions.once). */
    public static final String CONSUMER = "csc-involvement";

    private final EntityManager entityManager;

    public CscInvolvement(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void record(UUID eventId, UUID familyId, String area, String kind, UUID ref, Instant since) {
        entityManager.createNativeQuery("""
                insert into csc_involvement (family_id, area, kind, ref, since) values (:family, :area, :kind, :ref, :since)
                on conflict do nothing""")
                .setParameter("family", familyId).setParameter("area", area).setParameter("kind", kind).setParameter("ref", ref)
                .setParameter("since", since).executeUpdate();
    }
}
