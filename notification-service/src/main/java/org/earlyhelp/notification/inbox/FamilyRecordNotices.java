package org.earlyhelp.notification.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.earlyhelp.events.assessment.ConsentRefusedV1;
import org.earlyhelp.events.assessment.SharingApprovalRequestedV1;
import org.earlyhelp.events.assessment.SharingDecisionApprovedV1;
import org.earlyhelp.events.assessment.SharingDecisionRefusedV1;
import org.earlyhelp.events.assessment.UniversalServicesSignpostedV1;

/**
 * Who hears of the decisions on a family's record that assessment-service keeps (issue 19): a share without consent waiting
 * for a manager's agreement, the manager's answer, help declined, an assessment that ended in universal services. Plain
 * words, ids and dates: never the reasons, the information shared or the services named.
 */
public final class FamilyRecordNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The manager the requester named decides. */
    public static List<Notification> forApprovalRequested(UUID eventId, SharingApprovalRequestedV1 e, Instant now) {
        return List.of(new Notification(eventId, e.area(), Recipient.user(e.managerUserId()), "SHARING_APPROVAL_REQUESTED", e.familyId(),
                null, "A practitioner asks your agreement to share information about a family without consent (" + ground(e.ground())
                        + "). Open the decision to approve or refuse it.", now));
    }

    public static List<Notification> forApproved(UUID eventId, SharingDecisionApprovedV1 e, Instant now) {
        return List.of(new Notification(eventId, e.area(), Recipient.user(e.requestedByUserId()), "SHARING_APPROVED", e.familyId(), null,
                "A manager has agreed to the sharing without consent you asked for (" + ground(e.ground()) + ") on " + day(e.decidedOn())
                        + ".", now));
    }

    public static List<Notification> forRefused(UUID eventId, SharingDecisionRefusedV1 e, Instant now) {
        return List.of(new Notification(eventId, e.area(), Recipient.user(e.requestedByUserId()), "SHARING_REFUSED", e.familyId(), null,
                "A manager has refused the sharing without consent you asked for (" + ground(e.ground()) + "). Do not share; open the "
                        + "decision to see why.", now));
    }

    /** Help declined: the early help team, who keep the door open. */
    public static List<Notification> forConsentRefused(UUID eventId, ConsentRefusedV1 e, Instant now) {
        return List.of(new Notification(eventId, e.area(), Recipient.EARLY_HELP_TEAM, "HELP_DECLINED", e.familyId(), null,
                "A family declined early help on " + day(e.refusedOn()) + "; " + e.universalServicesOffered()
                        + " universal service(s) were offered. They may still ask for help later.", now));
    }

    /** An assessment that ended in universal services: the lead professional tells the family; the early help team knows. */
    public static List<Notification> forUniversalServices(UUID eventId, UniversalServicesSignpostedV1 e, Instant now) {
        String message = "An early help assessment completed on " + day(e.completedOn()) + " found the family's needs met by universal "
                + "services: " + e.servicesSignposted() + " service(s) signposted, no family plan opened.";
        return List.of(
                new Notification(eventId, e.area(), Recipient.user(e.leadProfessionalUserId()), "UNIVERSAL_SERVICES_SIGNPOSTED", e.familyId(),
                        null, message + " Please make sure the family has the details.", now),
                new Notification(eventId, e.area(), Recipient.EARLY_HELP_TEAM, "UNIVERSAL_SERVICES_SIGNPOSTED", e.familyId(), null,
                        message, now));
    }

    private static String ground(String ground) {
        return switch (ground) {
            case "SIGNIFICANT_HARM" -> "risk of significant harm";
            case "PREVENTION_OF_CRIME" -> "prevention or detection of crime";
            case "LEGAL_DUTY" -> "a legal duty";
            default -> ground.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String day(LocalDate date) {
        return date.format(DAY);
    }

    private FamilyRecordNotices() {
    }
}
