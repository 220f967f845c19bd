package org.earlyhelp.notification.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.events.referral.EscalationEscalatedV1;
import org.earlyhelp.events.referral.EscalationOverdueV1;
import org.earlyhelp.events.referral.EscalationRaisedV1;
import org.earlyhelp.events.referral.EscalationResolvedV1;
import org.earlyhelp.events.referral.EscalationRespondedV1;
import org.earlyhelp.events.referral.EscalationResponseDueSoonV1;

/**
 * Who hears of a professional disagreement, and what (referral-service's canvas, "Escalations"): the side it is raised with
 * (its agency's inbox, its managers' from stage 2, the safeguarding partnership's managers at stage 3), the practitioner who
 * raised it, and the area's early help team. Plain words, the stage and the dates: never the concern or the answers, which
 * stay in referral-service behind the family's access rules.
 */
public final class EscalationNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public static List<Notification> forRaised(UUID eventId, EscalationRaisedV1 e, Instant now) {
        String message = "A professional disagreement about a family has been raised with your agency (stage 1). Please respond by "
                + day(e.respondBy()) + ".";
        return notices(eventId, e.area(), e.familyId(), "ESCALATION_RAISED", message, now,
                Recipient.agency(e.withAgency()), Recipient.EARLY_HELP_TEAM);
    }

    public static List<Notification> forResponded(UUID eventId, EscalationRespondedV1 e, Instant now) {
        return notices(eventId, e.area(), e.familyId(), "ESCALATION_RESPONDED", "A professional disagreement you raised has been "
                + "answered (stage " + e.stage() + "). Open it to read the response and resolve or escalate it.", now,
                Recipient.user(e.raisedByUserId()), Recipient.EARLY_HELP_TEAM);
    }

    /**
     * Escalated: stage 2 to the managers of the side that raised it (the other side's agency inbox reaches its managers), stage 3
     * to the safeguarding partnership's managers; and both sides, and the early help team.
     */
    public static List<Notification> forEscalated(UUID eventId, EscalationEscalatedV1 e, Instant now) {
        Recipient managers = e.stage() >= 3 ? Recipient.managersOf(e.partnershipAgency()) : Recipient.managersOf(e.raisedByAgency());
        return notices(eventId, e.area(), e.familyId(), "ESCALATION_ESCALATED", "A professional disagreement about a family has "
                + "been escalated to stage " + e.stage() + (e.stage() >= 3 ? " (the safeguarding partnership)" : " (managers)")
                + ". A response is due by " + day(e.respondBy()) + ".", now,
                managers, Recipient.user(e.raisedByUserId()), Recipient.agency(e.withAgency()), Recipient.EARLY_HELP_TEAM);
    }

    public static List<Notification> forResolved(UUID eventId, EscalationResolvedV1 e, Instant now) {
        return notices(eventId, e.area(), e.familyId(), "ESCALATION_RESOLVED", "A professional disagreement about a family has been "
                + "resolved at stage " + e.stage() + ".", now,
                Recipient.user(e.raisedByUserId()), Recipient.agency(e.withAgency()), Recipient.EARLY_HELP_TEAM);
    }

    /** Due soon: whoever answers this stage. */
    public static List<Notification> forDueSoon(UUID eventId, EscalationResponseDueSoonV1 e, Instant now) {
        return notices(eventId, e.area(), e.familyId(), "ESCALATION_RESPONSE_DUE_SOON", "A response to a professional disagreement "
                + "(stage " + e.stage() + ") is due by " + day(e.respondBy()) + ".", now,
                answerer(e.stage(), e.withAgency(), e.partnershipAgency()));
    }

    /**
     * Overdue: both sides (the other side's agency inbox, which its managers see too; the partnership's managers at stage 3; the
     * practitioner who raised it) and the early help team.
     */
    public static List<Notification> forOverdue(UUID eventId, EscalationOverdueV1 e, Instant now) {
        Set<Recipient> to = new LinkedHashSet<>();
        to.add(Recipient.agency(e.withAgency()));
        if (e.stage() >= 3) {
            to.add(Recipient.managersOf(e.partnershipAgency()));
        }
        to.add(Recipient.user(e.raisedByUserId()));
        to.add(Recipient.EARLY_HELP_TEAM);
        return notices(eventId, e.area(), e.familyId(), "ESCALATION_OVERDUE", "A response to a professional disagreement about a "
                + "family (stage " + e.stage() + ") was due by " + day(e.respondBy()) + " and has not been given.", now,
                to.toArray(Recipient[]::new));
    }

    private static Recipient answerer(int stage, String withAgency, String partnershipAgency) {
        return switch (stage) {
            case 1 -> Recipient.agency(withAgency);
            case 2 -> Recipient.managersOf(withAgency);
            default -> Recipient.managersOf(partnershipAgency);
        };
    }

    private static List<Notification> notices(UUID eventId, String area, UUID familyId, String type, String message, Instant now,
            Recipient... recipients) {
        return new LinkedHashSet<>(List.of(recipients)).stream()
                .map(r -> new Notification(eventId, area, r, type, familyId, null, message, now)).toList();
    }

    private static String day(LocalDate date) {
        return date.format(DAY);
    }

    private EscalationNotices() {
    }
}
