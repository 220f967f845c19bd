package org.earlyhelp.notification.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.earlyhelp.events.referral.StepDownDeclinedV1;
import org.earlyhelp.events.referral.StepDownProposedV1;
import org.earlyhelp.events.referral.StepDownWithdrawnV1;
import org.earlyhelp.events.referral.StepUpDecisionRecordedV1;
import org.earlyhelp.events.referral.StepUpReferralSubmittedV1;

/**
 * Which event tells whom what. Plain language, no jargon, no names or narrative: ids let the
 * reader open the record, where its own access rules apply.
 */
public final class NotificationRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public static List<Notification> forPlanOpened(UUID eventId, PlanOpenedV1 e, Instant now) {
        List<Notification> out = new ArrayList<>();
        String how = switch (e.origin()) {
            case "STEP_DOWN" -> "after a step-down from children's social care";
            case "ASSESSMENT" -> "after an early help assessment was completed";
            default -> "by hand";
        };
        String lead = e.joined()
                ? "A family's active plan has taken on new work " + how + ". You are the lead professional."
                : "A family plan has been opened " + how + ". You are the lead professional.";
        out.add(new Notification(eventId, e.area(), Recipient.user(e.leadProfessional().userId()), "PLAN_OPENED", e.familyId(),
                e.planId(), lead, now));
        String team = e.joined()
                ? "A family's active plan has taken on new work " + how + "."
                : "A family plan has been opened " + how + ".";
        out.add(new Notification(eventId, e.area(), Recipient.EARLY_HELP_TEAM, "PLAN_OPENED", e.familyId(), e.planId(), team, now));
        return out;
    }

    public static List<Notification> forReviewScheduled(UUID eventId, ReviewScheduledV1 e, Instant now) {
        String kind = "INITIAL".equals(e.kind()) ? "The first review" : "The next review";
        return List.of(new Notification(eventId, e.area(), Recipient.user(e.leadProfessionalUserId()), "REVIEW_SCHEDULED",
                e.familyId(), e.planId(), kind + " of a family plan you lead is due by " + day(e.dueBy()) + ".", now));
    }

    /** CSC's front door hears of every referral; one where significant harm is suspected is marked urgent, to act on today. */
    public static List<Notification> forReferralSubmitted(UUID eventId, StepUpReferralSubmittedV1 e, Instant now) {
        String type = e.urgent() ? "URGENT_STEP_UP_REFERRAL" : "STEP_UP_REFERRAL";
        String message = e.urgent()
                ? "Urgent: a referral where significant harm is suspected has been made to children's social care. It needs a decision today."
                : "A referral has been made to children's social care by early help.";
        return List.of(new Notification(eventId, e.area(), Recipient.CSC_FRONT_DOOR, type, e.familyId(), e.planId(), message, now));
    }

    /** The closed loop: the referrer and the family's lead professional learn CSC's decision. */
    public static List<Notification> forReferralDecided(UUID eventId, StepUpDecisionRecordedV1 e, Instant now) {
        String outcome = switch (e.decision()) {
            case "NO_FURTHER_ACTION" -> "no further action from children's social care";
            case "CHILD_IN_NEED_S17" -> "a child in need assessment (section 17)";
            case "CHILD_PROTECTION_S47" -> "a child protection enquiry (section 47)";
            case "STEP_DOWN_TO_EARLY_HELP" -> "back to early help";
            default -> "a decision (" + e.decision() + ")";
        };
        String message = "Children's social care has decided on a referral: " + outcome + ". "
                + (e.earlyHelpContinues() ? "Early help carries on with the family." : "They have asked for early help to stop.");
        List<Notification> out = new ArrayList<>();
        for (String user : new java.util.LinkedHashSet<>(java.util.Arrays.asList(e.referrerUserId(), e.leadProfessionalUserId()))) {
            if (user != null) {
                out.add(new Notification(eventId, e.area(), Recipient.user(user), "STEP_UP_DECISION", e.familyId(), e.planId(), message, now));
            }
        }
        return out;
    }

    public static List<Notification> forStepDownProposed(UUID eventId, StepDownProposedV1 e, Instant now) {
        return List.of(
                new Notification(eventId, e.area(), Recipient.user(e.proposedLeadProfessional().userId()), "STEP_DOWN_PROPOSED",
                        e.familyId(), null, "Children's social care proposes that early help continues with a family, with you as "
                                + "lead professional. Please accept or decline the step-down.", now),
                new Notification(eventId, e.area(), Recipient.EARLY_HELP_TEAM, "STEP_DOWN_PROPOSED", e.familyId(), null,
                        "Children's social care has proposed a step-down to early help.", now));
    }

    public static List<Notification> forStepDownDeclined(UUID eventId, StepDownDeclinedV1 e, Instant now) {
        return List.of(new Notification(eventId, e.area(), Recipient.user(e.socialWorkerUserId()), "STEP_DOWN_DECLINED", e.familyId(),
                null, "Early help has declined a step-down you proposed on " + day(e.declinedOn()) + ". Open it to see why.", now));
    }

    public static List<Notification> forStepDownWithdrawn(UUID eventId, StepDownWithdrawnV1 e, Instant now) {
        return List.of(new Notification(eventId, e.area(), Recipient.user(e.proposedLeadProfessionalUserId()), "STEP_DOWN_WITHDRAWN",
                e.familyId(), null, "A step-down proposed to you has been withdrawn by children's social care.", now));
    }

    private static String day(LocalDate date) {
        return date.format(DAY);
    }

    private NotificationRules() {
    }
}
