package org.earlyhelp.assessment.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.events.assessment.ChildAgesRecordedV1;
import org.earlyhelp.platform.outbox.Outbox;

/**
 * Tells the ages of the children another service's event names, which only this service (holding dates of birth) can:
 * {@code ChildAgesRecorded} through the outbox, in the transaction that claimed the event (issue 20). A family this service
 * does not hold, or holds for another area, gets nothing.
 */
@ApplicationScoped
@Transactional
public class ChildAgesRecording {

    /** Its inbox name: the platform applies each event once for it (Subscriptions.once). */
    public static final String CONSUMER = "child-ages";

    private final FamilyRepository families;
    private final Outbox outbox;

    public ChildAgesRecording(FamilyRepository families, Outbox outbox) {
        this.families = families;
        this.outbox = outbox;
    }

    /** The children named on {@code occasion} ({@code occasionRef}), aged on {@code asOf}; published when the family is held here. */
    public void record(UUID familyId, String area, String occasion, UUID occasionRef, LocalDate asOf, List<UUID> childMemberIds) {
        families.findByIdOptional(familyId).filter(family -> family.area().equals(area))
                .map(family -> family.childAgesRecorded(occasion, occasionRef, asOf, childMemberIds))
                .ifPresent(outbox::publish);
    }
}
