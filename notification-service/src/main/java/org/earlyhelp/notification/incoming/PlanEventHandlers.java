package org.earlyhelp.notification.incoming;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.earlyhelp.notification.inbox.NotificationService;
import org.earlyhelp.notification.inbox.NotificationRules;
import org.earlyhelp.events.EventType;
import org.earlyhelp.events.Topics;
import org.earlyhelp.events.plan.ClosureDueV1;
import org.earlyhelp.events.plan.ClosureOverdueV1;
import org.earlyhelp.events.plan.LeadProfessionalChangedV1;
import org.earlyhelp.events.plan.PlanClosedV1;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.events.plan.ReviewDueSoonV1;
import org.earlyhelp.events.plan.ReviewOverdueV1;
import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.earlyhelp.notification.recipients.PlanTeam;
import org.earlyhelp.notification.recipients.PlanTeams;
import org.earlyhelp.notification.webhooks.WebhookQueue;
import org.earlyhelp.platform.access.FamilyCircleProjection;
import org.earlyhelp.platform.consuming.EventSubscriber;
import org.earlyhelp.platform.consuming.Subscriptions;

/**
 * plan-service's events that someone must hear about; every catalogued one also goes to subscribed partners. Each event
 * feeds the family circle first, then the webhook queue, then its notifications (ReviewHeld and the rest reach partners only).
 */
@ApplicationScoped
public class PlanEventHandlers implements EventSubscriber {

    private final NotificationService notifications;
    private final WebhookQueue webhooks;
    private final PlanTeams teams;
    private final FamilyCircleProjection circle;

    public PlanEventHandlers(NotificationService notifications, WebhookQueue webhooks, PlanTeams teams, FamilyCircleProjection circle) {
        this.notifications = notifications;
        this.webhooks = webhooks;
        this.teams = teams;
        this.circle = circle;
    }

    @Override
    public void subscribe(Subscriptions on) {
        on.everyEvent(Topics.PLAN, circle::apply)
                .everyEvent(Topics.PLAN, webhooks::queue);
        on.once(NotificationService.CONSUMER)
                .on(EventType.PLAN_OPENED, PlanOpenedV1.class, (id, e) -> notifications.notify(id, now -> {
                    teams.opened(e);
                    return NotificationRules.forPlanOpened(id, e, now);
                }))
                .on(EventType.REVIEW_SCHEDULED, ReviewScheduledV1.class,
                        (id, e) -> notifications.notify(id, now -> NotificationRules.forReviewScheduled(id, e, now)))
                .on(EventType.REVIEW_DUE_SOON, ReviewDueSoonV1.class,
                        (id, e) -> notifications.notify(id, now -> NotificationRules.forReviewDueSoon(id, e, now)))
                .on(EventType.REVIEW_OVERDUE, ReviewOverdueV1.class,
                        (id, e) -> notifications.notify(id, now -> NotificationRules.forReviewOverdue(id, e, now)))
                .on(EventType.CLOSURE_DUE, ClosureDueV1.class,
                        (id, e) -> notifications.notify(id, now -> NotificationRules.forClosureDue(id, e, now)))
                .on(EventType.CLOSURE_OVERDUE, ClosureOverdueV1.class,
                        (id, e) -> notifications.notify(id, now -> NotificationRules.forClosureOverdue(id, e, now)))
                .on(EventType.LEAD_PROFESSIONAL_CHANGED, LeadProfessionalChangedV1.class, (id, e) -> notifications.notify(id, now -> {
                    teams.leadChanged(e);
                    return NotificationRules.forLeadProfessionalChanged(id, e, now);
                }))
                .on(EventType.PLAN_CLOSED, PlanClosedV1.class, (id, e) -> notifications.notify(id, now -> {
                    List<String> around = teams.of(e.planId()).map(PlanTeam::everyone).orElse(List.of());
                    teams.closed(e);
                    return NotificationRules.forPlanClosed(id, e, around, now);
                }));
    }
}
