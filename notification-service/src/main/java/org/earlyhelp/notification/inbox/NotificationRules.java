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

    private static String day(LocalDate date) {
        return date.format(DAY);
    }

    private NotificationRules() {
    }
}
