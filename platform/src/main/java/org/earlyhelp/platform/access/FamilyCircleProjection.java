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
import org.earlyhelp.platform.inbox.EventReader;
import org.earlyhelp.platform.inbox.Inbox;
import org.earlyhelp.platform.inbox.IncomingEvent;

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
    private final EventReader reader;

    public FamilyCircleProjection(FamilyCircle circle, Inbox inbox, EventReader reader) {
        this.circle = circle;
        this.inbox = inbox;
        this.reader = reader;
    }

    /**
     * Applies {@code event} if it creates or ends a relationship with a family (registration, consent and its
     * withdrawal, an assessment's or a plan's lead professional and team); any other event is left alone. The one way a
     * service's consumer feeds its circle.
     */
    public void apply(IncomingEvent event) {
        if (event.type().isEmpty()) {
            return;
        }
        switch (event.type().get()) {
            case FAMILY_REGISTERED -> on(event.id(), reader.payload(event, FamilyRegisteredV1.class));
            case CONSENT_RECORDED -> on(event.id(), reader.payload(event, ConsentRecordedV1.class));
            case CONSENT_WITHDRAWN -> on(event.id(), reader.payload(event, ConsentWithdrawnV1.class));
            case ASSESSMENT_COMPLETED -> on(event.id(), reader.payload(event, AssessmentCompletedV1.class));
            case PLAN_OPENED -> on(event.id(), reader.payload(event, PlanOpenedV1.class));
            case LEAD_PROFESSIONAL_CHANGED -> on(event.id(), reader.payload(event, LeadProfessionalChangedV1.class));
            default -> {
                // grants nothing and takes nothing away
            }
        }
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
