package org.earlyhelp.plan.opening;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.events.assessment.ConsentWithdrawnV1;
import org.earlyhelp.events.referral.StepUpDecisionRecordedV1;
import org.earlyhelp.plan.plan.ClosureReason;
import org.earlyhelp.plan.plan.FamilyPlanRepository;
import org.earlyhelp.platform.outbox.Outbox;

/**
 * What other services' decisions do to an active plan, once each: CSC's decision that early help
 * stops closes it (STEPPED_UP_TO_CSC); early help carrying on leaves it be; a withdrawn consent
 * flags it for the lead professional.
 */
@ApplicationScoped
@Transactional
public class PlanReactions {

    /** Its inbox name: the platform applies each event once for it (Subscriptions.once). */
    public static final String CONSUMER = "plan-reactions";

    private final FamilyPlanRepository plans;
    private final Outbox outbox;

    public PlanReactions(FamilyPlanRepository plans, Outbox outbox) {
        this.plans = plans;
        this.outbox = outbox;
    }

    public void onStepUpDecision(UUID eventId, StepUpDecisionRecordedV1 decision) {
        if (decision.earlyHelpContinues()) {
            return;
        }
        plans.activeFor(decision.area(), decision.familyId()).ifPresent(plan -> {
            var change = plan.closeAsDecided(ClosureReason.STEPPED_UP_TO_CSC, decision.decidedOn(),
                    "Children's social care decided " + decision.decision() + " and asked for early help to stop");
            plans.flush();
            change.events().forEach(outbox::publish);
        });
    }

    public void onConsentWithdrawn(UUID eventId, ConsentWithdrawnV1 withdrawal) {
        plans.activeFor(withdrawal.area(), withdrawal.familyId()).ifPresent(plan -> plan.flagConsentWithdrawn(withdrawal.withdrawnOn()));
    }
}
