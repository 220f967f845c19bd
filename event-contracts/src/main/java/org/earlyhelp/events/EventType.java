package org.earlyhelp.events;

import java.util.Arrays;
import java.util.Optional;

import org.earlyhelp.events.assessment.AssessmentCompletedV1;
import org.earlyhelp.events.assessment.ChildAgesRecordedV1;
import org.earlyhelp.events.assessment.ChildBornV1;
import org.earlyhelp.events.assessment.ConsentRefusedV1;
import org.earlyhelp.events.assessment.SharingApprovalRequestedV1;
import org.earlyhelp.events.assessment.SharingDecisionApprovedV1;
import org.earlyhelp.events.assessment.SharingDecisionRefusedV1;
import org.earlyhelp.events.assessment.UniversalServicesSignpostedV1;
import org.earlyhelp.events.assessment.ConsentRecordedV1;
import org.earlyhelp.events.assessment.ConsentWithdrawnV1;
import org.earlyhelp.events.assessment.FamilyRegisteredV1;
import org.earlyhelp.events.plan.ActionChangedV1;
import org.earlyhelp.events.plan.ActionWithdrawnV1;
import org.earlyhelp.events.plan.GoalOutcomeRecordedV1;
import org.earlyhelp.events.plan.RevisedPlanSharedV1;
import org.earlyhelp.events.plan.ClosureDueV1;
import org.earlyhelp.events.plan.ClosureOverdueV1;
import org.earlyhelp.events.plan.WarmHandoverHeldV1;
import org.earlyhelp.events.plan.GoalChangedV1;
import org.earlyhelp.events.plan.GoalWithdrawnV1;
import org.earlyhelp.events.plan.LeadProfessionalChangedV1;
import org.earlyhelp.events.plan.PlanClosedV1;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.events.plan.ReviewDueSoonV1;
import org.earlyhelp.events.plan.ReviewHeldV1;
import org.earlyhelp.events.plan.ReviewOverdueV1;
import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.earlyhelp.events.referral.EscalationEscalatedV1;
import org.earlyhelp.events.referral.EscalationOverdueV1;
import org.earlyhelp.events.referral.EscalationRaisedV1;
import org.earlyhelp.events.referral.EscalationResolvedV1;
import org.earlyhelp.events.referral.EscalationRespondedV1;
import org.earlyhelp.events.referral.EscalationResponseDueSoonV1;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.events.referral.StepDownDeclinedV1;
import org.earlyhelp.events.referral.StepDownProposedV1;
import org.earlyhelp.events.referral.StepDownWithdrawnV1;
import org.earlyhelp.events.referral.StepUpDecisionRecordedV1;
import org.earlyhelp.events.referral.StepUpReferralSubmittedV1;

/** The catalogue: every event, its versioned CloudEvents type, its topic and its record. */
public enum EventType {
    FAMILY_REGISTERED("earlyhelp.assessment.family-registered.v1", Topics.ASSESSMENT, FamilyRegisteredV1.class),
    CONSENT_RECORDED("earlyhelp.assessment.consent-recorded.v1", Topics.ASSESSMENT, ConsentRecordedV1.class),
    CONSENT_WITHDRAWN("earlyhelp.assessment.consent-withdrawn.v1", Topics.ASSESSMENT, ConsentWithdrawnV1.class),
    ASSESSMENT_COMPLETED("earlyhelp.assessment.assessment-completed.v1", Topics.ASSESSMENT, AssessmentCompletedV1.class),
    SHARING_APPROVAL_REQUESTED("earlyhelp.assessment.sharing-approval-requested.v1", Topics.ASSESSMENT, SharingApprovalRequestedV1.class),
    SHARING_DECISION_APPROVED("earlyhelp.assessment.sharing-decision-approved.v1", Topics.ASSESSMENT, SharingDecisionApprovedV1.class),
    SHARING_DECISION_REFUSED("earlyhelp.assessment.sharing-decision-refused.v1", Topics.ASSESSMENT, SharingDecisionRefusedV1.class),
    CONSENT_REFUSED("earlyhelp.assessment.consent-refused.v1", Topics.ASSESSMENT, ConsentRefusedV1.class),
    CHILD_BORN("earlyhelp.assessment.child-born.v1", Topics.ASSESSMENT, ChildBornV1.class),
    UNIVERSAL_SERVICES_SIGNPOSTED("earlyhelp.assessment.universal-services-signposted.v1", Topics.ASSESSMENT,
            UniversalServicesSignpostedV1.class),
    CHILD_AGES_RECORDED("earlyhelp.assessment.child-ages-recorded.v1", Topics.ASSESSMENT, ChildAgesRecordedV1.class),

    PLAN_OPENED("earlyhelp.plan.plan-opened.v1", Topics.PLAN, PlanOpenedV1.class),
    REVIEW_SCHEDULED("earlyhelp.plan.review-scheduled.v1", Topics.PLAN, ReviewScheduledV1.class),
    REVIEW_HELD("earlyhelp.plan.review-held.v1", Topics.PLAN, ReviewHeldV1.class),
    REVIEW_DUE_SOON("earlyhelp.plan.review-due-soon.v1", Topics.PLAN, ReviewDueSoonV1.class),
    REVIEW_OVERDUE("earlyhelp.plan.review-overdue.v1", Topics.PLAN, ReviewOverdueV1.class),
    LEAD_PROFESSIONAL_CHANGED("earlyhelp.plan.lead-professional-changed.v1", Topics.PLAN, LeadProfessionalChangedV1.class),
    PLAN_CLOSED("earlyhelp.plan.plan-closed.v1", Topics.PLAN, PlanClosedV1.class),
    GOAL_CHANGED("earlyhelp.plan.goal-changed.v1", Topics.PLAN, GoalChangedV1.class),
    GOAL_WITHDRAWN("earlyhelp.plan.goal-withdrawn.v1", Topics.PLAN, GoalWithdrawnV1.class),
    ACTION_CHANGED("earlyhelp.plan.action-changed.v1", Topics.PLAN, ActionChangedV1.class),
    ACTION_WITHDRAWN("earlyhelp.plan.action-withdrawn.v1", Topics.PLAN, ActionWithdrawnV1.class),
    GOAL_OUTCOME_RECORDED("earlyhelp.plan.goal-outcome-recorded.v1", Topics.PLAN, GoalOutcomeRecordedV1.class),
    REVISED_PLAN_SHARED("earlyhelp.plan.revised-plan-shared.v1", Topics.PLAN, RevisedPlanSharedV1.class),
    CLOSURE_DUE("earlyhelp.plan.closure-due.v1", Topics.PLAN, ClosureDueV1.class),
    CLOSURE_OVERDUE("earlyhelp.plan.closure-overdue.v1", Topics.PLAN, ClosureOverdueV1.class),
    WARM_HANDOVER_HELD("earlyhelp.plan.warm-handover-held.v1", Topics.PLAN, WarmHandoverHeldV1.class),

    STEP_UP_REFERRAL_SUBMITTED("earlyhelp.referral.step-up-referral-submitted.v1", Topics.REFERRAL, StepUpReferralSubmittedV1.class),
    STEP_UP_DECISION_RECORDED("earlyhelp.referral.step-up-decision-recorded.v1", Topics.REFERRAL, StepUpDecisionRecordedV1.class),
    STEP_DOWN_PROPOSED("earlyhelp.referral.step-down-proposed.v1", Topics.REFERRAL, StepDownProposedV1.class),
    STEP_DOWN_ACCEPTED("earlyhelp.referral.step-down-accepted.v1", Topics.REFERRAL, StepDownAcceptedV1.class),
    STEP_DOWN_DECLINED("earlyhelp.referral.step-down-declined.v1", Topics.REFERRAL, StepDownDeclinedV1.class),
    STEP_DOWN_WITHDRAWN("earlyhelp.referral.step-down-withdrawn.v1", Topics.REFERRAL, StepDownWithdrawnV1.class),
    ESCALATION_RAISED("earlyhelp.referral.escalation-raised.v1", Topics.REFERRAL, EscalationRaisedV1.class),
    ESCALATION_RESPONDED("earlyhelp.referral.escalation-responded.v1", Topics.REFERRAL, EscalationRespondedV1.class),
    ESCALATION_ESCALATED("earlyhelp.referral.escalation-escalated.v1", Topics.REFERRAL, EscalationEscalatedV1.class),
    ESCALATION_RESOLVED("earlyhelp.referral.escalation-resolved.v1", Topics.REFERRAL, EscalationResolvedV1.class),
    ESCALATION_RESPONSE_DUE_SOON("earlyhelp.referral.escalation-response-due-soon.v1", Topics.REFERRAL, EscalationResponseDueSoonV1.class),
    ESCALATION_OVERDUE("earlyhelp.referral.escalation-overdue.v1", Topics.REFERRAL, EscalationOverdueV1.class);

    private final String cloudEventType;
    private final String topic;
    private final Class<? extends FamilyEvent> recordType;

    EventType(String cloudEventType, String topic, Class<? extends FamilyEvent> recordType) {
        this.cloudEventType = cloudEventType;
        this.topic = topic;
        this.recordType = recordType;
    }

    public String cloudEventType() {
        return cloudEventType;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends FamilyEvent> recordType() {
        return recordType;
    }

    /** The type named by a {@code ce_type} header; empty for a type this build does not know (consumers ignore those). */
    public static Optional<EventType> fromCloudEventType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.cloudEventType.equals(ceType)).findFirst();
    }

    public static EventType of(Class<?> recordType) {
        return Arrays.stream(values()).filter(t -> t.recordType.equals(recordType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a catalogued event: " + recordType.getName()));
    }
}
