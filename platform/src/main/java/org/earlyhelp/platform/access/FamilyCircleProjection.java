package org.earlyhelp.platform.access;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.events.assessment.AssessmentCompletedV1;
import org.earlyhelp.events.assessment.ConsentRecordedV1;
import org.earlyhelp.events.assessment.ConsentWithdrawnV1;
import org.earlyhelp.events.assessment.FamilyRegisteredV1;
import org.earlyhelp.events.plan.LeadProfessionalChangedV1;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.platform.inbox.Inbox;

/**
 * Keeps the family circle in step with the events that create and end relationships; each event applied once. A
 * service hands it the events it consumes (assessment-service's and plan-service's); what it has not yet applied it
 * does not grant, so a projection that lags answers 404 until the event arrives, never a write on an unseen family.
 */
@ApplicationScoped
@Transactional
public class FamilyCircleProjection {

    static final String CONSUMER = "family-circle";

    private final FamilyCircle circle;
    private final Inbox inbox;

    public FamilyCircleProjection(FamilyCircle circle, Inbox inbox) {
        this.circle = circle;
        this.inbox = inbox;
    }

    public void on(UUID eventId, FamilyRegisteredV1 event) {
        if (inbox.firstDelivery(eventId, CONSUMER)) {
            circle.addUsers(event.area(), event.familyId(), List.of(event.registeredByUserId()), event.familyId());
            if (FamilyCircle.CHILDRENS_SOCIAL_CARE.equals(event.registeredByAgency())) {
                circle.addAgencies(event.area(), event.familyId(), List.of(FamilyCircle.CHILDRENS_SOCIAL_CARE), event.familyId());
            }
        }
    }

    public void on(UUID eventId, ConsentRecordedV1 event) {
        if (inbox.firstDelivery(eventId, CONSUMER)) {
            circle.addAgencies(event.area(), event.familyId(), event.sharedWithAgencies(), event.consentId());
        }
    }

    public void on(UUID eventId, ConsentWithdrawnV1 event) {
        if (inbox.firstDelivery(eventId, CONSUMER)) {
            circle.endAllFrom(event.consentId());
        }
    }

    public void on(UUID eventId, AssessmentCompletedV1 event) {
        if (inbox.firstDelivery(eventId, CONSUMER) && event.leadProfessional() != null) {
            circle.addUsers(event.area(), event.familyId(), List.of(event.leadProfessional().userId()), event.assessmentId());
        }
    }

    public void on(UUID eventId, PlanOpenedV1 event) {
        if (inbox.firstDelivery(eventId, CONSUMER)) {
            List<String> users = new ArrayList<>(event.teamUserIds() == null ? List.of() : event.teamUserIds());
            if (event.leadProfessional() != null) {
                users.add(event.leadProfessional().userId());
            }
            circle.addUsers(event.area(), event.familyId(), users, event.planId());
        }
    }

    public void on(UUID eventId, LeadProfessionalChangedV1 event) {
        if (inbox.firstDelivery(eventId, CONSUMER) && event.to() != null) {
            circle.addUsers(event.area(), event.familyId(), List.of(event.to().userId()), event.planId());
        }
    }
}
