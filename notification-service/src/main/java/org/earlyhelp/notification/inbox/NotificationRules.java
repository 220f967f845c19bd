package org.earlyhelp.notification.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.earlyhelp.events.assessment.ConsentWithdrawnV1;
import org.earlyhelp.events.plan.LeadProfessionalChangedV1;
import org.earlyhelp.events.plan.PlanClosedV1;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.events.plan.ReviewDueSoonV1;
import org.earlyhelp.events.plan.ReviewOverdueV1;
import org.earlyhelp.events.plan.ClosureDueV1;
import org.earlyhelp.events.plan.ClosureOverdueV1;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
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
        String member = "You are in the team around a family whose plan has been opened " + how + ".";
        (e.teamUserIds() == null ? List.<String>of() : e.teamUserIds()).stream()
                .filter(user -> !user.equals(e.leadProfessional().userId())).distinct()
                .forEach(user -> out.add(new Notification(eventId, e.area(), Recipient.user(user), "PLAN_OPENED", e.familyId(), e.planId(),
                        member, now)));
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
        List<Notification> out = new ArrayList<>();
        out.add(new Notification(eventId, e.area(), Recipient.CSC_FRONT_DOOR, type, e.familyId(), e.planId(), message, now));
        if (e.urgent()) {
            out.add(new Notification(eventId, e.area(), Recipient.EARLY_HELP_TEAM, type, e.familyId(), e.planId(),
                    "Urgent: a referral to children's social care where significant harm is suspected has been made for a family in your area.",
                    now));
        }
        return out;
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

    public static List<Notification> forReviewDueSoon(UUID eventId, ReviewDueSoonV1 e, Instant now) {
        return List.of(new Notification(eventId, e.area(), Recipient.user(e.leadProfessionalUserId()), "REVIEW_DUE_SOON", e.familyId(),
                e.planId(), "The review of a family plan you lead is due soon: by " + day(e.dueBy()) + ".", now));
    }

    /** Overdue: the lead professional and, so that someone picks it up, the area's early help team. */
    public static List<Notification> forReviewOverdue(UUID eventId, ReviewOverdueV1 e, Instant now) {
        return List.of(
                new Notification(eventId, e.area(), Recipient.user(e.leadProfessionalUserId()), "REVIEW_OVERDUE", e.familyId(), e.planId(),
                        "The review of a family plan you lead was due by " + day(e.dueBy()) + " and has not been held yet.", now),
                new Notification(eventId, e.area(), Recipient.EARLY_HELP_TEAM, "REVIEW_OVERDUE", e.familyId(), e.planId(),
                        "A family plan review in your area was due by " + day(e.dueBy()) + " and has not been held yet.", now));
    }

    /** The closure a review decided is due today: the lead professional, who writes its summary. */
    public static List<Notification> forClosureDue(UUID eventId, ClosureDueV1 e, Instant now) {
        return List.of(new Notification(eventId, e.area(), Recipient.user(e.leadProfessionalUserId()), "CLOSURE_DUE", e.familyId(),
                e.planId(), "A review decided to close a family plan you lead: the closure and its summary are due today ("
                        + day(e.closureDueBy()) + ").", now));
    }

    /** The closure is overdue: the area's early help team picks it up, and the lead professional is told again. */
    public static List<Notification> forClosureOverdue(UUID eventId, ClosureOverdueV1 e, Instant now) {
        return List.of(
                new Notification(eventId, e.area(), Recipient.user(e.leadProfessionalUserId()), "CLOSURE_OVERDUE", e.familyId(), e.planId(),
                        "The closure of a family plan you lead was due by " + day(e.closureDueBy()) + " and has not been recorded yet.", now),
                new Notification(eventId, e.area(), Recipient.EARLY_HELP_TEAM, "CLOSURE_OVERDUE", e.familyId(), e.planId(),
                        "A family plan in your area was due to close by " + day(e.closureDueBy()) + " and is still open.", now));
    }

    public static List<Notification> forLeadProfessionalChanged(UUID eventId, LeadProfessionalChangedV1 e, Instant now) {
        List<Notification> out = new ArrayList<>();
        String when = e.warmHandoverOn() == null ? "" : " The warm handover is on " + day(e.warmHandoverOn()) + ".";
        out.add(new Notification(eventId, e.area(), Recipient.user(e.to().userId()), "LEAD_PROFESSIONAL_CHANGED", e.familyId(), e.planId(),
                "You are now the lead professional for a family plan." + when, now));
        if (e.from() != null && !e.from().userId().equals(e.to().userId())) {
            out.add(new Notification(eventId, e.area(), Recipient.user(e.from().userId()), "LEAD_PROFESSIONAL_CHANGED", e.familyId(),
                    e.planId(), "You have handed over the lead professional role for a family plan." + when, now));
        }
        return out;
    }

    /** "Let them know if a family no longer receives support": everyone around the plan, and the early help team. */
    public static List<Notification> forPlanClosed(UUID eventId, PlanClosedV1 e, List<String> aroundThePlan, Instant now) {
        String why = switch (e.reason()) {
            case "OUTCOMES_ACHIEVED" -> "the family's goals were achieved";
            case "CONSENT_WITHDRAWN" -> "the family withdrew its consent";
            case "MOVED_AWAY" -> "the family moved away";
            case "NEEDS_MET_BY_UNIVERSAL_SERVICES" -> "universal services now meet the family's needs";
            case "STEPPED_UP_TO_CSC" -> "children's social care is now working with the family";
            default -> "of another reason";
        };
        String message = "A family plan has been closed because " + why + ". The family no longer receives early help support through it.";
        List<Notification> out = new ArrayList<>();
        java.util.LinkedHashSet<String> people = new java.util.LinkedHashSet<>(aroundThePlan);
        if (e.leadProfessionalUserId() != null) {
            people.add(e.leadProfessionalUserId());
        }
        people.forEach(user -> out.add(new Notification(eventId, e.area(), Recipient.user(user), "PLAN_CLOSED", e.familyId(), e.planId(),
                message, now)));
        out.add(new Notification(eventId, e.area(), Recipient.EARLY_HELP_TEAM, "PLAN_CLOSED", e.familyId(), e.planId(), message, now));
        return out;
    }

    /** A withdrawn consent reaches the lead professional and the team of the family's active plan (else the early help team). */
    public static List<Notification> forConsentWithdrawn(UUID eventId, ConsentWithdrawnV1 e, UUID planId, List<String> aroundThePlan,
            Instant now) {
        String message = "A family has withdrawn a consent it gave. Check what may still be shared before you next act on their plan.";
        List<Notification> out = new ArrayList<>();
        new java.util.LinkedHashSet<>(aroundThePlan).forEach(user -> out.add(new Notification(eventId, e.area(), Recipient.user(user),
                "CONSENT_WITHDRAWN", e.familyId(), planId, message, now)));
        out.add(new Notification(eventId, e.area(), Recipient.EARLY_HELP_TEAM, "CONSENT_WITHDRAWN", e.familyId(), planId, message, now));
        return out;
    }

    public static List<Notification> forStepDownAccepted(UUID eventId, StepDownAcceptedV1 e, Instant now) {
        return List.of(new Notification(eventId, e.area(), Recipient.user(e.socialWorkerUserId()), "STEP_DOWN_ACCEPTED", e.familyId(), null,
                "Early help has accepted a step-down you proposed. A family plan opens with its first review scheduled.", now));
    }

    private static String day(LocalDate date) {
        return date.format(DAY);
    }

    private NotificationRules() {
    }
}
