package org.earlyhelp.reporting.episodes;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.earlyhelp.events.ChildAge;
import org.earlyhelp.events.assessment.AssessmentCompletedV1;
import org.earlyhelp.events.assessment.ChildAgesRecordedV1;
import org.earlyhelp.events.plan.LeadProfessionalChangedV1;
import org.earlyhelp.events.plan.PlanClosedV1;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.events.plan.ReviewHeldV1;
import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.earlyhelp.events.referral.StepDownAcceptedV1;
import org.earlyhelp.events.referral.StepUpDecisionRecordedV1;
import org.earlyhelp.events.referral.StepUpReferralSubmittedV1;
import org.earlyhelp.reporting.sql.Sql;

/**
 * Writes the read model of episodes from events, in any order: each event upserts only the columns it knows, keyed by the id
 * it carries (plan, origin, review, referral), so an event of one topic that overtakes one of another leaves nothing to
 * redo. Runs in the transaction the platform opened for the event's inbox claim (consumer {@value #CONSUMER}).
 */
@ApplicationScoped
@Transactional
public class EpisodeLedger {

    /** The inbox consumer of the read model: a rebuild deletes its rows. */
    public static final String CONSUMER = "reporting";

    static final String ASSESSMENT = "ASSESSMENT";
    static final String STEP_DOWN = "STEP_DOWN";

    private final Sql sql;

    public EpisodeLedger(Sql sql) {
        this.sql = sql;
    }

    public void onAssessmentCompleted(UUID eventId, AssessmentCompletedV1 e) {
        origin(e.assessmentId(), e.area(), e.familyId(), ASSESSMENT, e.completedOn(), e.levelOfNeed());
        Map<UUID, Integer> ages = new HashMap<>();
        if (e.childAges() != null) {
            e.childAges().stream().filter(a -> a.memberId() != null).forEach(a -> ages.put(a.memberId(), a.age()));
        }
        namedChildren(e.assessmentId(), e.area(), e.childMemberIds(), ages);
        needs(e.assessmentId(), e.area(), e.needs() == null ? List.of()
                : e.needs().stream().map(AssessmentCompletedV1.IdentifiedNeed::indicator).toList());
        episodeNeedsOfOrigin(e.assessmentId());
    }

    public void onStepDownAccepted(UUID eventId, StepDownAcceptedV1 e) {
        origin(e.stepDownId(), e.area(), e.familyId(), STEP_DOWN, e.acceptedOn(), null);
        namedChildren(e.stepDownId(), e.area(), e.childMemberIds(), Map.of());
        needs(e.stepDownId(), e.area(), e.goals() == null ? List.of()
                : e.goals().stream().map(StepDownAcceptedV1.CarriedOverGoal::needIndicator).toList());
        episodeNeedsOfOrigin(e.stepDownId());
    }

    /** The ages of a step-down's children at its acceptance; other occasions are not reported on. */
    public void onChildAgesRecorded(UUID eventId, ChildAgesRecordedV1 e) {
        if (!ChildAgesRecordedV1.STEP_DOWN_ACCEPTED.equals(e.occasion()) || e.occasionRef() == null || e.childAges() == null) {
            return;
        }
        for (ChildAge age : e.childAges()) {
            if (age.memberId() == null) {
                continue;
            }
            sql.statement("""
                    insert into origin_child (origin_ref, member_id, area, named, age) values (:ref, :member, :area, false, :age)
                    on conflict (origin_ref, member_id) do update set age = excluded.age""")
                    .with("ref", e.occasionRef()).with("member", age.memberId()).with("area", e.area()).with("age", age.age()).update();
        }
    }

    public void onPlanOpened(UUID eventId, PlanOpenedV1 e) {
        if (e.originRef() != null) {
            sql.statement("""
                    insert into plan_origin (plan_id, origin_ref, area, origin, joined, on_date)
                    values (:plan, :ref, :area, :origin, :joined, :on)
                    on conflict (plan_id, origin_ref) do update set origin = excluded.origin, joined = excluded.joined, on_date = excluded.on_date""")
                    .with("plan", e.planId()).with("ref", e.originRef()).with("area", e.area()).with("origin", e.origin())
                    .with("joined", e.joined()).with("on", e.openedOn()).update();
        }
        if (e.joined()) {
            episodeNeeds(e.planId());
            return; // another origin joining the family's episode: its children and needs join it, no new episode
        }
        sql.statement("""
                insert into episode (plan_id, area, family_id, origin, origin_ref, opened_on, lead_agency)
                values (:plan, :area, :family, :origin, :ref, :on, :agency)
                on conflict (plan_id) do update set origin = excluded.origin, origin_ref = excluded.origin_ref,
                    opened_on = excluded.opened_on, lead_agency = excluded.lead_agency""")
                .with("plan", e.planId()).with("area", e.area()).with("family", e.familyId()).with("origin", e.origin())
                .with("ref", e.originRef()).with("on", e.openedOn())
                .with("agency", e.leadProfessional() == null ? null : e.leadProfessional().agency()).update();
        episodeNeeds(e.planId());
    }

    /**
     * The plan's rows of {@code episode_need}, recomputed from its origins and their needs once its opening is known: whichever
     * of PlanOpened and the origin's event comes last fills them in, and a redelivery changes nothing.
     */
    private void episodeNeeds(UUID planId) {
        sql.statement(EPISODE_NEEDS + " where e.plan_id = :plan" + EPISODE_NEEDS_UPSERT).with("plan", planId).update();
    }

    /** The rows of every plan that took in this origin (usually one), once the origin's needs are known. */
    private void episodeNeedsOfOrigin(UUID originRef) {
        sql.statement(EPISODE_NEEDS + " where e.plan_id in (select plan_id from plan_origin where origin_ref = :ref)"
                + EPISODE_NEEDS_UPSERT).with("ref", originRef).update();
    }

    private static final String EPISODE_NEEDS = """
            insert into episode_need (plan_id, indicator, area, family_id, opened_on, on_date)
            select e.plan_id, n.indicator, e.area, e.family_id, e.opened_on, min(po.on_date)
            from episode e
            join plan_origin po on po.plan_id = e.plan_id and po.area = e.area
            join origin_need n on n.origin_ref = po.origin_ref and n.area = e.area
            """;
    private static final String EPISODE_NEEDS_UPSERT = """
             and e.opened_on is not null
            group by e.plan_id, n.indicator, e.area, e.family_id, e.opened_on
            on conflict (plan_id, indicator) do update set family_id = excluded.family_id, opened_on = excluded.opened_on,
                on_date = excluded.on_date""";

    public void onPlanClosed(UUID eventId, PlanClosedV1 e) {
        sql.statement("""
                insert into episode (plan_id, area, family_id, closed_on, closure_reason, goals, goals_achieved, outcomes_achieved)
                values (:plan, :area, :family, :closed, :reason, :goals, :achieved, :outcomes)
                on conflict (plan_id) do update set closed_on = excluded.closed_on, closure_reason = excluded.closure_reason,
                    goals = excluded.goals, goals_achieved = excluded.goals_achieved, outcomes_achieved = excluded.outcomes_achieved""")
                .with("plan", e.planId()).with("area", e.area()).with("family", e.familyId()).with("closed", e.agreedOn())
                .with("reason", e.reason()).with("goals", e.goals()).with("achieved", e.goalsAchieved())
                .with("outcomes", EpisodeRules.outcomesAchieved(e.reason(), e.goals(), e.goalsAchieved())).update();
    }

    /** A review's due date is the first one it was given: a reschedule does not move it. */
    public void onReviewScheduled(UUID eventId, ReviewScheduledV1 e) {
        sql.statement("""
                insert into review (review_id, area, family_id, plan_id, kind, first_due_by) values (:review, :area, :family, :plan, :kind, :due)
                on conflict (review_id) do update set kind = coalesce(review.kind, excluded.kind),
                    first_due_by = coalesce(review.first_due_by, excluded.first_due_by)""")
                .with("review", e.reviewId()).with("area", e.area()).with("family", e.familyId()).with("plan", e.planId())
                .with("kind", e.kind()).with("due", e.dueBy()).update();
    }

    public void onReviewHeld(UUID eventId, ReviewHeldV1 e) {
        sql.statement("""
                insert into review (review_id, area, family_id, plan_id, kind, held_on, decision, closure_due_by)
                values (:review, :area, :family, :plan, :kind, :held, :decision, :closureDue)
                on conflict (review_id) do update set kind = coalesce(excluded.kind, review.kind), held_on = excluded.held_on,
                    decision = excluded.decision, closure_due_by = excluded.closure_due_by""")
                .with("review", e.reviewId()).with("area", e.area()).with("family", e.familyId()).with("plan", e.planId())
                .with("kind", e.kind()).with("held", e.heldOn()).with("decision", e.decision()).with("closureDue", e.closureDueBy())
                .update();
        // each held review of the plan learns the one held before it (ReviewGaps): a few rows, whatever order they came in
        sql.statement("""
                update review r set previous_held_on = x.previous
                from (select review_id, lag(held_on) over (partition by plan_id order by held_on, review_id) as previous
                      from review where plan_id = :plan and held_on is not null) x
                where r.review_id = x.review_id and r.previous_held_on is distinct from x.previous""")
                .with("plan", e.planId()).update();
    }

    public void onLeadProfessionalChanged(UUID eventId, LeadProfessionalChangedV1 e) {
        sql.statement("""
                insert into lead_change (event_id, area, plan_id, agency, effective_on) values (:event, :area, :plan, :agency, :on)
                on conflict (event_id) do nothing""")
                .with("event", eventId).with("area", e.area()).with("plan", e.planId())
                .with("agency", e.to() == null ? null : e.to().agency())
                .with("on", EpisodeRules.leadChangeDay(e.changedOn(), e.warmHandoverOn())).update();
    }

    public void onStepUpReferralSubmitted(UUID eventId, StepUpReferralSubmittedV1 e) {
        sql.statement("""
                insert into step_up (referral_id, area, family_id, referred_on, urgent) values (:referral, :area, :family, :on, :urgent)
                on conflict (referral_id) do update set referred_on = excluded.referred_on, urgent = excluded.urgent""")
                .with("referral", e.referralId()).with("area", e.area()).with("family", e.familyId())
                .with("on", EpisodeRules.referralDay(e.referredOn(), e.submittedAt())).with("urgent", e.urgent()).update();
    }

    public void onStepUpDecisionRecorded(UUID eventId, StepUpDecisionRecordedV1 e) {
        sql.statement("""
                insert into step_up (referral_id, area, family_id, decision) values (:referral, :area, :family, :decision)
                on conflict (referral_id) do update set decision = excluded.decision""")
                .with("referral", e.referralId()).with("area", e.area()).with("family", e.familyId()).with("decision", e.decision())
                .update();
    }

    private void origin(UUID ref, String area, UUID familyId, String kind, java.time.LocalDate on, String levelOfNeed) {
        sql.statement("""
                insert into origin (origin_ref, area, family_id, kind, on_date, level_of_need) values (:ref, :area, :family, :kind, :on, :level)
                on conflict (origin_ref) do update set kind = excluded.kind, on_date = excluded.on_date, level_of_need = excluded.level_of_need""")
                .with("ref", ref).with("area", area).with("family", familyId).with("kind", kind).with("on", on).with("level", levelOfNeed)
                .update();
    }

    private void namedChildren(UUID ref, String area, List<UUID> memberIds, Map<UUID, Integer> ages) {
        if (memberIds == null) {
            return;
        }
        for (UUID member : new LinkedHashSet<>(memberIds)) {
            if (member == null) {
                continue;
            }
            sql.statement("""
                    insert into origin_child (origin_ref, member_id, area, named, age) values (:ref, :member, :area, true, :age)
                    on conflict (origin_ref, member_id) do update set named = true, age = coalesce(excluded.age, origin_child.age)""")
                    .with("ref", ref).with("member", member).with("area", area).with("age", ages.get(member)).update();
        }
    }

    private void needs(UUID ref, String area, List<String> indicators) {
        Set<String> distinct = new LinkedHashSet<>(indicators);
        distinct.removeIf(Objects::isNull);
        for (String indicator : distinct) {
            sql.statement("insert into origin_need (origin_ref, indicator, area) values (:ref, :indicator, :area) on conflict do nothing")
                    .with("ref", ref).with("indicator", indicator).with("area", area).update();
        }
    }
}
