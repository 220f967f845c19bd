package org.earlyhelp.plan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.platform.audit.AuditTrail;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.timeline.TimelineItem;
import org.earlyhelp.platform.web.PageRequest;

/** plan-service's part of a family's timeline: plans opened, goals, reviews held, handovers, closures — of the plans the caller may see. */
@ApplicationScoped
@Transactional
public class PlanTimeline {

    static final String SERVICE = "plan-service";

    private final FamilyPlanRepository plans;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    public PlanTimeline(FamilyPlanRepository plans, AuditTrail audit, java.time.Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.audit = audit;
    }

    public List<TimelineItem> of(UUID familyId, Caller caller) {
        List<TimelineItem> items = new ArrayList<>();
        PlanFilter filter = new PlanFilter(familyId, null, null, null, null, null);
        List<FamilyPlan> found = plans.search(caller, filter, PageRequest.of(0, 200)).items();
        for (FamilyPlan plan : found) {
            PlanView view = PlanView.of(plan, clock);
            String ref = "plan/" + plan.id();
            items.add(new TimelineItem(TimelineItem.onDay(plan.openedOn()), "PLAN_OPENED", SERVICE, ref,
                    "Family plan opened (" + plan.origin() + ") with " + view.goals().size() + " goals"));
            for (Goal goal : plan.goals()) {
                items.add(new TimelineItem(goal.addedAt(), "GOAL_ADDED", SERVICE, ref + "/goals/" + goal.id(),
                        (goal.draft() ? "Draft goal" : "Goal") + " for " + goal.needIndicator()));
            }
            for (PlanChange change : plan.changes()) {
                String what = change.reviewId() != null ? "/reviews/" + change.reviewId()
                        : change.actionId() == null ? "/goals/" + change.goalId() : "/goals/" + change.goalId() + "/actions/" + change.actionId();
                items.add(new TimelineItem(change.at(), change.kind().name(), SERVICE, ref + what, summary(change)));
            }
            for (ReviewView review : plan.reviews().stream().map(ReviewView::of).toList()) {
                if (review.heldOn() != null) {
                    items.add(new TimelineItem(TimelineItem.onDay(review.heldOn()), "REVIEW_HELD", SERVICE, ref + "/reviews/" + review.id(),
                            (review.kind() == ReviewKind.INITIAL ? "Initial review" : "Review") + " held: " + review.decision()));
                }
            }
            for (PlanView.HandoverView handover : view.handovers()) {
                items.add(new TimelineItem(handover.recordedAt(), "LEAD_PROFESSIONAL_CHANGED", SERVICE, ref, "Lead professional handed over"));
            }
            for (PlanView.HandoverView handover : view.handovers()) {
                if (handover.heldOn() != null) {
                    items.add(new TimelineItem(TimelineItem.onDay(handover.heldOn()), "WARM_HANDOVER_HELD", SERVICE, ref + "/lead-professional-handovers/"
                            + handover.id(), "Handover to the new lead professional held"));
                }
            }
            for (PlanSharing sharing : plan.sharings()) {
                items.add(new TimelineItem(TimelineItem.onDay(sharing.sharedOn()), "REVISED_PLAN_SHARED", SERVICE, ref,
                        "Revised plan shared (" + sharing.sharedWith().size() + (sharing.sharedWith().size() == 1 ? " recipient)" : " recipients)")));
            }
            if (view.closure() != null) {
                items.add(new TimelineItem(TimelineItem.onDay(view.closure().agreedOn()), "PLAN_CLOSED", SERVICE, ref,
                        "Family plan closed: " + view.closure().reason()));
            }
        }
        // after the plans are read: their collections are batch-fetched for all of them (a native insert before would flush)
        audit.recordAll(caller, "plan.timeline", found.stream().map(plan -> new AuditTrail.Read(familyId, "plan/" + plan.id())).toList());
        return items;
    }

    /** Names the fields, never their wording. */
    private static String summary(PlanChange change) {
        return switch (change.kind()) {
            case GOAL_CHANGED -> "Goal changed: " + String.join(", ", change.fields());
            case GOAL_WITHDRAWN -> "Goal withdrawn";
            case ACTION_CHANGED -> "Action changed: " + String.join(", ", change.fields());
            case ACTION_WITHDRAWN -> "Action withdrawn";
            case GOAL_OUTCOME_RECORDED -> "Goal outcome recorded: " + change.newValues().get("status");
            case REVIEW_RESCHEDULED -> "Review rescheduled to " + change.newValues().get("dueBy");
        };
    }
}
