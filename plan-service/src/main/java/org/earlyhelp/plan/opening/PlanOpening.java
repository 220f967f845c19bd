package org.earlyhelp.plan.opening;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import jakarta.transaction.Transactional;

import org.earlyhelp.events.assessment.AssessmentCompletedV1;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.plan.plan.FamilyPlan;
import org.earlyhelp.plan.plan.FamilyPlanRepository;
import org.earlyhelp.plan.plan.GoalDraft;
import org.earlyhelp.plan.plan.LeadProfessional;
import org.earlyhelp.plan.plan.PlanOriginKind;
import org.earlyhelp.plan.timescales.AreaTimescales;
import org.earlyhelp.plan.timescales.Timescales;
import org.earlyhelp.platform.outbox.Outbox;
import org.earlyhelp.platform.sealing.TextSealer;
import org.jboss.logging.Logger;

/**
 * Opens plans from events, exactly once each (inbox), one active plan per family (a second
 * event joins the active plan). The plan, its inbox entry and its events commit together.
 * The plan opens on the event's own date (the step-down's acceptedOn, the assessment's completedOn), not on the day the
 * event arrives, and its deadlines are computed from that date; an event is never refused for its dates (the service that
 * raised it has checked them).
 */
@ApplicationScoped
@Startup
@Transactional
public class PlanOpening {

    /** Its inbox name: the platform applies each event once for it (Subscriptions.once). */
    public static final String CONSUMER = "plan-opening";

    private static final Logger LOG = Logger.getLogger(PlanOpening.class);

    private final FamilyPlanRepository plans;
    private final AreaTimescales timescales;
    private final Outbox outbox;
    private final TextSealer sealer;
    private final Clock clock;

    public PlanOpening(FamilyPlanRepository plans, AreaTimescales timescales, Outbox outbox, TextSealer sealer, Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.timescales = timescales;
        this.outbox = outbox;
        this.sealer = sealer;
        sealer.requireKey();
    }

    public void onStepDownAccepted(UUID eventId, StepDownAcceptedV1 event) {
        List<GoalDraft> goals = event.goals().stream()
                .map(g -> new GoalDraft(g.needIndicator(), sealer.open(g.description()), sealer.open(g.measure()), g.targetDate(), false))
                .toList();
        Timescales area = timescales.forArea(event.area());
        openOrJoin(event.area(), event.familyId(), PlanOriginKind.STEP_DOWN, event.stepDownId(),
                LeadProfessional.of(event.leadProfessional()), event.acceptedOn(), goals, area.initialReviewDue(event.acceptedOn()));
    }

    /** The level of need at which an assessment opens no plan: the family's needs are met by universal services (issue 19). */
    static final String UNIVERSAL = "UNIVERSAL";

    public void onAssessmentCompleted(UUID eventId, AssessmentCompletedV1 event) {
        if (UNIVERSAL.equals(event.levelOfNeed())) {
            // needs met by universal services: no targeted plan (assessment-service records the services signposted)
            LOG.debugf("Assessment %s concluded UNIVERSAL: no plan opened", event.assessmentId());
            return;
        }
        List<GoalDraft> goals = event.needs().stream()
                .map(need -> new GoalDraft(need.indicator(), NeedLabels.draftGoalFor(need.indicator()), null, null, true))
                .toList();
        Timescales area = timescales.forArea(event.area());
        openOrJoin(event.area(), event.familyId(), PlanOriginKind.ASSESSMENT, event.assessmentId(),
                LeadProfessional.of(event.leadProfessional()), event.completedOn(), goals, area.initialReviewDue(event.completedOn()));
    }

    private void openOrJoin(String area, UUID familyId, PlanOriginKind origin, UUID originRef, LeadProfessional lead,
            java.time.LocalDate on, List<GoalDraft> goals, java.time.LocalDate firstReviewDue) {
        Optional<FamilyPlan> active = plans.activeFor(area, familyId);
        FamilyPlan.Change change;
        if (active.isPresent()) {
            change = active.get().join(origin, originRef, origin == PlanOriginKind.STEP_DOWN ? lead : null, on, goals, firstReviewDue, clock);
        } else {
            change = FamilyPlan.open(area, familyId, origin, originRef, lead, on, goals, firstReviewDue, clock);
            plans.persist(change.plan());
        }
        plans.flush();
        change.events().forEach(outbox::publish);
    }
}
