package org.earlyhelp.plan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import org.earlyhelp.events.FamilyEvent;
import org.earlyhelp.events.plan.LeadProfessionalChangedV1;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.earlyhelp.plan.timescales.Timescales;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.security.Roles;
import org.earlyhelp.platform.time.RecordedDates;

/**
 * The family plan. One family, one plan (domain.md): an event that would open a second plan
 * for a family with an active one joins it instead — its goals are added, its agreed lead
 * professional takes over, and its first review is scheduled unless one is due sooner.
 */
@Entity
@Table(name = "family_plan")
public class FamilyPlan {

    /** The rules of this plan's dates (domain.md, "Recorded after the fact"); each a 422 naming the field. */
    public static final String TARGET_DATE_AFTER_PLAN_OPENED = "target-date-after-plan-opened";
    public static final String DUE_DATE_AFTER_PLAN_OPENED = "due-date-after-plan-opened";
    public static final String HANDOVER_AFTER_PLAN_OPENED = "handover-after-plan-opened";
    public static final String REVIEW_AFTER_PLAN_OPENED = "review-after-plan-opened";
    public static final String REVIEW_AFTER_PREVIOUS_REVIEW = "review-after-previous-review";
    public static final String AGREEMENT_AFTER_PLAN_OPENED = "agreement-after-plan-opened";
    public static final String CLOSURE_AFTER_PLAN_OPENED = "closure-after-plan-opened";
    public static final String CLOSURE_AFTER_LAST_REVIEW = "closure-after-last-review";
    /** The rules of editing and withdrawing goals and actions (issue 18). */
    public static final String WITHDRAWN_IS_READ_ONLY = "withdrawn-is-read-only";
    public static final String ALREADY_WITHDRAWN = "already-withdrawn";
    public static final String WITHDRAW_WITH_A_REASON = "withdraw-with-a-reason";
    public static final String CHANGE_NAMES_A_FIELD = "change-names-a-field";

    private static final String PLAN_OPENED = "the plan opened (openedOn)";

    /**
     * How many plans' (or goals') collections one query loads: as many as the largest page of plans ({@code PageRequest}, 200),
     * so a caseload page loads its plans' origins, team, goals, the goals' actions and the handovers in one query each
     * (batch fetching, {@code plan_id = any(?)}), whatever its size. The reviews are not loaded to show a plan
     * ({@code FamilyPlanRepository.nextReviews}).
     */
    static final int SHOWN_PER_QUERY = 200;

    @Id
    private UUID id;
    @Version
    private long version;
    private String area;
    @Column(name = "family_id")
    private UUID familyId;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    @Enumerated(EnumType.STRING)
    private PlanOriginKind origin;
    @Column(name = "origin_ref")
    private UUID originRef;
    @Embedded
    private LeadProfessional leadProfessional;
    @Column(name = "opened_on")
    private LocalDate openedOn;

    @BatchSize(size = SHOWN_PER_QUERY)
    @ElementCollection
    @CollectionTable(name = "plan_origin", joinColumns = @JoinColumn(name = "plan_id"))
    private List<PlanOrigin> origins = new ArrayList<>();

    @BatchSize(size = SHOWN_PER_QUERY)
    @ElementCollection
    @CollectionTable(name = "plan_team_member", joinColumns = @JoinColumn(name = "plan_id"))
    @AttributeOverride(name = "userId", column = @Column(name = "user_id"))
    private List<TeamMember> team = new ArrayList<>();

    @BatchSize(size = SHOWN_PER_QUERY)
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Goal> goals = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueBy")
    private List<Review> reviews = new ArrayList<>();

    @BatchSize(size = SHOWN_PER_QUERY)
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("recordedAt")
    private List<Handover> handovers = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    private List<PlanChange> changes = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("recordedAt")
    private List<PlanSharing> sharings = new ArrayList<>();
    @Column(name = "revised_plan_shared_on")
    private LocalDate revisedPlanSharedOn;

    @Column(name = "revised_plan_due_by")
    private LocalDate revisedPlanDueBy;
    @Column(name = "closure_summary_due_by")
    private LocalDate closureSummaryDueBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    private ClosureReason closureReason;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "closure_summary")
    private String closureSummary;
    @Column(name = "consent_withdrawn_on")
    private LocalDate consentWithdrawnOn;
    @Column(name = "family_agreed_on")
    private LocalDate familyAgreedOn;
    @Column(name = "family_agreement_method")
    private String familyAgreementMethod;

    protected FamilyPlan() {
    }

    /** A change to a plan and the events it raises, to be saved together. */
    public record Change(FamilyPlan plan, List<FamilyEvent> events) {
    }

    /**
     * A plan opened by hand (origin MANUAL) on {@code openedOn}, a recorded date (today when not given): not after today.
     * Its initial review is due within the area's working days of that date, however long ago it was.
     */
    public static Change openManually(String area, UUID familyId, LeadProfessional lead, LocalDate openedOn, Timescales timescales,
            Clock clock) {
        LocalDate on = RecordedDates.notAfterToday("openedOn", RecordedDates.orToday(openedOn, clock), clock);
        return open(area, familyId, PlanOriginKind.MANUAL, null, lead, on, List.of(), timescales.initialReviewDue(on), clock);
    }

    /**
     * Opens a plan with its initial review due on {@code initialReviewDue}. From an event, {@code openedOn} is the event's own
     * date (accepted on, completed on), taken as it comes: an event is never refused for its dates.
     */
    public static Change open(String area, UUID familyId, PlanOriginKind origin, UUID originRef, LeadProfessional lead,
            LocalDate openedOn, List<GoalDraft> goals, LocalDate initialReviewDue, Clock clock) {
        FamilyPlan plan = new FamilyPlan();
        plan.id = UUID.randomUUID();
        plan.area = area;
        plan.familyId = familyId;
        plan.status = PlanStatus.ACTIVE;
        plan.origin = origin;
        plan.originRef = originRef;
        plan.leadProfessional = lead;
        plan.openedOn = openedOn;
        plan.origins.add(new PlanOrigin(origin, originRef, openedOn));
        goals.forEach(g -> plan.addGoalUnchecked(g, clock));
        Review initial = new Review(plan, ReviewKind.INITIAL, initialReviewDue);
        plan.reviews.add(initial);
        List<FamilyEvent> events = List.of(
                new PlanOpenedV1(familyId, area, plan.id, origin.name(), originRef, lead.toEvent(), plan.teamUserIds(), openedOn, false),
                plan.scheduled(initial));
        return new Change(plan, events);
    }

    /**
     * Another assessment or step-down for a family whose plan is active: it joins this plan.
     * @param newLead the lead professional the joining event agreed, or null to keep the current one
     */
    public Change join(PlanOriginKind joiningOrigin, UUID joiningRef, LeadProfessional newLead, LocalDate joinedOn,
            List<GoalDraft> newGoals, LocalDate firstReviewDue, Clock clock) {
        List<FamilyEvent> events = new ArrayList<>();
        origins.add(new PlanOrigin(joiningOrigin, joiningRef, joinedOn));
        newGoals.forEach(g -> addGoalUnchecked(g, clock));
        events.add(new PlanOpenedV1(familyId, area, id, joiningOrigin.name(), joiningRef,
                (newLead != null ? newLead : leadProfessional).toEvent(), teamUserIds(), joinedOn, true));
        if (newLead != null && !newLead.userId().equals(leadProfessional.userId())) {
            LeadProfessional previous = leadProfessional;
            leadProfessional = newLead;
            events.add(new LeadProfessionalChangedV1(familyId, area, id, previous.toEvent(), newLead.toEvent(), joinedOn, joinedOn));
        }
        Optional<Review> next = nextReview();
        if (next.isEmpty()) {
            Review review = new Review(this, ReviewKind.INITIAL, firstReviewDue);
            reviews.add(review);
            events.add(scheduled(review));
        } else if (next.get().dueBy().isAfter(firstReviewDue)) {
            next.get().bringForwardTo(firstReviewDue);
            events.add(scheduled(next.get()));
        }
        return new Change(this, events);
    }

    /**
     * A SMART goal: a known need indicator, a description, a measure, a target date after the plan opened. The target date
     * is a date people plan: measured from the plan's own opening, never from today (a plan written up after the fact may
     * carry a target already past).
     */
    public Goal addGoal(GoalDraft draft, Clock clock) {
        requireActive();
        if (org.earlyhelp.events.NeedIndicator.parse(draft.needIndicator()).isEmpty()) {
            throw new org.earlyhelp.platform.problem.RuleViolation("goal-answers-a-need", "needIndicator " + draft.needIndicator()
                    + " is not a need indicator code (GET /api/reference/need-indicators)");
        }
        if (draft.targetDate() == null) {
            throw new org.earlyhelp.platform.problem.RuleViolation("goal-is-time-bound", "A goal has a targetDate");
        }
        if (!draft.targetDate().isAfter(openedOn)) {
            throw new RecordedDates.DateRuleViolation(TARGET_DATE_AFTER_PLAN_OPENED, "targetDate",
                    "targetDate (" + draft.targetDate() + ") must be after the plan opened (openedOn " + openedOn + ")");
        }
        addGoalUnchecked(draft, clock);
        return goals.get(goals.size() - 1);
    }

    /**
     * An action towards a goal, owned by the family or by someone in the team around the family, due (a date people plan)
     * not before the plan opened; never compared with today.
     */
    public Action addAction(UUID goalId, String description, ActionOwner owner, LocalDate dueDate) {
        requireActive();
        Goal goal = goals.stream().filter(g -> g.id().equals(goalId)).findFirst()
                .orElseThrow(() -> new org.earlyhelp.platform.problem.NotFound("Goal " + goalId));
        requireNotWithdrawn(goal);
        RecordedDates.notBefore(DUE_DATE_AFTER_PLAN_OPENED, "dueDate", dueDate, PLAN_OPENED, openedOn);
        requireOwnerInTheTeam(owner);
        return goal.addAction(description, owner, dueDate);
    }

    /**
     * A goal edited: any of its description, measure, target date and need indicator (a null is left as it is), under the
     * rules it was added by (a known need indicator, a target date after the plan opened). A draft goal with a measure and a
     * target date is a draft no longer. A withdrawn goal is read-only. The change is kept in the plan's history, with the
     * values before and after; its event names the fields that changed, never their wording.
     */
    public Change editGoal(UUID goalId, GoalEdit edit, String by, java.time.Instant at) {
        requireActive();
        Goal goal = goal(goalId);
        requireNotWithdrawn(goal);
        if (edit.isEmpty()) {
            throw new org.earlyhelp.platform.problem.RuleViolation(CHANGE_NAMES_A_FIELD,
                    "Name at least one of description, measure, targetDate, needIndicator to change");
        }
        if (edit.needIndicator() != null && org.earlyhelp.events.NeedIndicator.parse(edit.needIndicator()).isEmpty()) {
            throw new org.earlyhelp.platform.problem.RuleViolation("goal-answers-a-need", "needIndicator " + edit.needIndicator()
                    + " is not a need indicator code (GET /api/reference/need-indicators)");
        }
        if (edit.measure() != null && edit.measure().isBlank()) {
            throw new org.earlyhelp.platform.problem.RuleViolation("goal-is-measurable", "A goal's measure cannot be made blank");
        }
        if (edit.description() != null && edit.description().isBlank()) {
            throw new org.earlyhelp.platform.problem.RuleViolation("goal-is-described", "A goal's description cannot be made blank");
        }
        if (edit.targetDate() != null && !edit.targetDate().isAfter(openedOn)) {
            throw new RecordedDates.DateRuleViolation(TARGET_DATE_AFTER_PLAN_OPENED, "targetDate",
                    "targetDate (" + edit.targetDate() + ") must be after the plan opened (openedOn " + openedOn + ")");
        }
        Diff diff = new Diff();
        if (diff.differs("description", goal.description(), edit.description())) {
            goal.describe(edit.description());
        }
        if (diff.differs("measure", goal.measure(), edit.measure())) {
            goal.measure(edit.measure());
        }
        if (diff.differs("targetDate", goal.targetDate(), edit.targetDate())) {
            goal.targetDate(edit.targetDate());
        }
        if (diff.differs("needIndicator", goal.needIndicator(), edit.needIndicator())) {
            goal.answer(edit.needIndicator());
        }
        if (diff.isEmpty()) {
            return new Change(this, List.of());
        }
        boolean wasDraft = goal.draft();
        if (goal.becomeSmartWhenComplete()) {
            diff.record("draft", wasDraft, false);
        }
        changes.add(new PlanChange(this, PlanChangeKind.GOAL_CHANGED, goalId, null, diff.fields, diff.before, diff.after, null, by, at));
        return new Change(this, List.of(new org.earlyhelp.events.plan.GoalChangedV1(familyId, area, id, goalId, List.copyOf(diff.fields),
                goal.needIndicator(), goal.draft(), by, at)));
    }

    /**
     * A goal withdrawn with a reason, never deleted: it stays in the plan as {@code WITHDRAWN}, read-only, and its open
     * actions (neither done nor withdrawn) are withdrawn with it. Withdrawing it again is a conflict.
     */
    public Change withdrawGoal(UUID goalId, String reason, String by, java.time.Instant at) {
        requireActive();
        Goal goal = goal(goalId);
        if (goal.isWithdrawn()) {
            throw withdrawn(ALREADY_WITHDRAWN, "This goal was already withdrawn at " + goal.withdrawnAt());
        }
        requireReason(reason);
        List<UUID> actionsWithdrawn = new ArrayList<>();
        GoalStatus statusBefore = goal.status(); // OPEN, or an outcome recorded earlier
        goal.withdraw(reason, at);
        changes.add(new PlanChange(this, PlanChangeKind.GOAL_WITHDRAWN, goalId, null, List.of("status"),
                values("status", statusBefore.name()), values("status", GoalStatus.WITHDRAWN.name()), reason, by, at));
        for (Action action : goal.actions()) {
            if (action.isOpen()) {
                String before = action.status().name();
                action.withdraw(reason, at);
                actionsWithdrawn.add(action.id());
                changes.add(new PlanChange(this, PlanChangeKind.ACTION_WITHDRAWN, goalId, action.id(), List.of("status"),
                        values("status", before), values("status", ActionStatus.WITHDRAWN.name()), reason, by, at));
            }
        }
        return new Change(this, List.of(new org.earlyhelp.events.plan.GoalWithdrawnV1(familyId, area, id, goalId,
                List.copyOf(actionsWithdrawn), by, at)));
    }

    /**
     * An action edited: any of its description, owner, due date and status (a null is left as it is), under the rules it
     * was added by (an owner in the team or the family, due not before the plan opened). {@code WITHDRAWN} is not a status
     * an edit sets (a withdrawal has a reason). A withdrawn action, or an action of a withdrawn goal, is read-only.
     */
    public Change editAction(UUID goalId, UUID actionId, ActionEdit edit, String by, java.time.Instant at) {
        requireActive();
        Goal goal = goal(goalId);
        Action action = action(goal, actionId);
        requireNotWithdrawn(goal);
        if (action.isWithdrawn()) {
            throw withdrawn(WITHDRAWN_IS_READ_ONLY, "This action was withdrawn at " + action.withdrawnAt() + " and can no longer be changed");
        }
        if (edit.isEmpty()) {
            throw new org.earlyhelp.platform.problem.RuleViolation(CHANGE_NAMES_A_FIELD,
                    "Name at least one of description, owner, dueDate, status to change");
        }
        if (edit.status() == ActionStatus.WITHDRAWN) {
            throw new org.earlyhelp.platform.problem.RuleViolation(WITHDRAW_WITH_A_REASON,
                    "An action is withdrawn with a reason: POST .../actions/{actionId}/withdrawal");
        }
        if (edit.description() != null && edit.description().isBlank()) {
            throw new org.earlyhelp.platform.problem.RuleViolation("action-is-described", "An action's description cannot be made blank");
        }
        if (edit.dueDate() != null) {
            RecordedDates.notBefore(DUE_DATE_AFTER_PLAN_OPENED, "dueDate", edit.dueDate(), PLAN_OPENED, openedOn);
        }
        if (edit.owner() != null) {
            requireOwnerInTheTeam(edit.owner());
        }
        Diff diff = new Diff();
        if (diff.differs("description", action.description(), edit.description())) {
            action.describe(edit.description());
        }
        if (edit.owner() != null && !edit.owner().equals(action.owner())) {
            diff.record("owner", ownerValue(action.owner()), ownerValue(edit.owner()));
            action.giveTo(edit.owner());
        }
        if (diff.differs("dueDate", action.dueDate(), edit.dueDate())) {
            action.dueOn(edit.dueDate());
        }
        if (diff.differs("status", action.status(), edit.status())) {
            action.progress(edit.status());
        }
        if (diff.isEmpty()) {
            return new Change(this, List.of());
        }
        changes.add(new PlanChange(this, PlanChangeKind.ACTION_CHANGED, goalId, actionId, diff.fields, diff.before, diff.after, null, by, at));
        return new Change(this, List.of(new org.earlyhelp.events.plan.ActionChangedV1(familyId, area, id, goalId, actionId,
                List.copyOf(diff.fields), action.status().name(), action.dueDate(), by, at)));
    }

    /** An action withdrawn with a reason, never deleted: it stays in the plan as {@code WITHDRAWN}, read-only. Again: a conflict. */
    public Change withdrawAction(UUID goalId, UUID actionId, String reason, String by, java.time.Instant at) {
        requireActive();
        Goal goal = goal(goalId);
        Action action = action(goal, actionId);
        if (action.isWithdrawn()) {
            throw withdrawn(ALREADY_WITHDRAWN, "This action was already withdrawn at " + action.withdrawnAt());
        }
        requireNotWithdrawn(goal);
        requireReason(reason);
        String before = action.status().name();
        action.withdraw(reason, at);
        changes.add(new PlanChange(this, PlanChangeKind.ACTION_WITHDRAWN, goalId, actionId, List.of("status"), values("status", before),
                values("status", ActionStatus.WITHDRAWN.name()), reason, by, at));
        return new Change(this, List.of(new org.earlyhelp.events.plan.ActionWithdrawnV1(familyId, area, id, goalId, actionId, by, at)));
    }

    /** The plan's history of changes to its goals and actions, oldest first (the service pages it newest first). */
    public List<PlanChange> changes() {
        return List.copyOf(changes);
    }

    private Goal goal(UUID goalId) {
        return goals.stream().filter(g -> g.id().equals(goalId)).findFirst()
                .orElseThrow(() -> new org.earlyhelp.platform.problem.NotFound("Goal " + goalId));
    }

    private static Action action(Goal goal, UUID actionId) {
        return goal.actions().stream().filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new org.earlyhelp.platform.problem.NotFound("Action " + actionId));
    }

    private static void requireNotWithdrawn(Goal goal) {
        if (goal.isWithdrawn()) {
            throw withdrawn(WITHDRAWN_IS_READ_ONLY, "This goal was withdrawn at " + goal.withdrawnAt() + " and can no longer be changed");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new org.earlyhelp.platform.problem.RuleViolation(WITHDRAW_WITH_A_REASON, "A withdrawal gives its reason");
        }
    }

    /** 409 naming the rule. */
    private static org.earlyhelp.platform.problem.ConflictingState withdrawn(String rule, String detail) {
        return org.earlyhelp.platform.problem.ConflictingState.ofRule(rule, detail);
    }

    /**
     * The family, an agency in the team (or the lead professional's), or someone in the family's network named in the team
     * (by name; with no agency, only they are accepted).
     */
    private void requireOwnerInTheTeam(ActionOwner owner) {
        boolean hasAgency = owner.agency() != null && !owner.agency().isBlank();
        boolean inTeam = owner.isFamily() || FamilyNetwork.ownsAsNetworkMember(owner, team)
                || hasAgency && (owner.agency().equalsIgnoreCase(leadProfessional.agency())
                        || team.stream().anyMatch(m -> owner.agency().equalsIgnoreCase(m.agency())));
        if (!inTeam) {
            throw new org.earlyhelp.platform.problem.RuleViolation("action-owner-in-the-team", hasAgency ? "The owner's agency " + owner.agency()
                    + " is not in the team around the family: add them to the team first, or give the action to the family"
                    : "An owner with no agency is someone in the family's network: name a network member of the team");
        }
    }

    private static java.util.Map<String, Object> ownerValue(ActionOwner owner) {
        java.util.Map<String, Object> value = new java.util.LinkedHashMap<>();
        value.put("name", owner.name());
        value.put("agency", owner.agency());
        return value;
    }

    private static java.util.Map<String, Object> values(String field, Object value) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put(field, value);
        return values;
    }

    /** The fields an edit changed, with their values before and after (dates and codes as the API writes them). */
    private static final class Diff {
        final List<String> fields = new ArrayList<>();
        final java.util.Map<String, Object> before = new java.util.LinkedHashMap<>();
        final java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();

        /** Whether {@code proposed} (null: unchanged) differs from {@code current}; recorded when it does. */
        boolean differs(String field, Object current, Object proposed) {
            if (proposed == null || proposed.equals(current)) {
                return false;
            }
            record(field, current, proposed);
            return true;
        }

        void record(String field, Object current, Object proposed) {
            fields.add(field);
            before.put(field, plain(current));
            after.put(field, plain(proposed));
        }

        boolean isEmpty() {
            return fields.isEmpty();
        }

        private static Object plain(Object value) {
            return value instanceof LocalDate || value instanceof Enum<?> ? value.toString() : value;
        }
    }

    /** The team replaced: practitioners and the family's network (each network member with a relationship; FamilyNetwork). */
    public void replaceTeam(List<TeamMember> members) {
        requireActive();
        FamilyNetwork.checked(members);
        team.clear();
        team.addAll(members);
    }

    /**
     * A warm handover to a new lead professional; the history is kept. It records whether the family agreed to the new lead
     * ({@code familyAgreed}, required: 422 {@value FollowUps#HANDOVER_RECORDS_FAMILY_AGREEMENT}). {@code warmHandoverOn}, when
     * given, is the day the new lead was introduced: after today it is planned (the handover PLANNED until confirmed), otherwise
     * recorded (HELD on it); none given, it is HELD on today, the day it is recorded. Either way not before the plan opened.
     */
    public Change handOver(LeadProfessional to, Boolean familyAgreed, LocalDate warmHandoverOn, String note, String by, Clock clock) {
        requireActive();
        if (to.userId().equals(leadProfessional.userId())) {
            throw new org.earlyhelp.platform.problem.RuleViolation("handover-to-someone-else", to.userId() + " is already the lead professional");
        }
        if (familyAgreed == null) {
            throw new RecordedDates.DateRuleViolation(FollowUps.HANDOVER_RECORDS_FAMILY_AGREEMENT, "familyAgreed",
                    "A handover records whether the family agreed to the new lead professional (familyAgreed: true or false)");
        }
        RecordedDates.notBefore(HANDOVER_AFTER_PLAN_OPENED, "warmHandoverOn", warmHandoverOn, PLAN_OPENED, openedOn);
        LocalDate today = RecordedDates.today(clock);
        LocalDate heldOn = FollowUps.handoverHeldOn(warmHandoverOn, today);
        LeadProfessional from = leadProfessional;
        Handover handover = new Handover(this, from, to, familyAgreed, warmHandoverOn, heldOn, note, by, clock.instant());
        handovers.add(handover);
        leadProfessional = to;
        // WarmHandoverHeld is raised when a planned one is confirmed (completeHandover); LeadProfessionalChanged carries the
        // warm handover's date of one recorded as held, and the day the new lead took over (FollowUps.handoverChangedOn)
        return new Change(this, List.of(new LeadProfessionalChangedV1(familyId, area, id, from.toEvent(), to.toEvent(), warmHandoverOn,
                FollowUps.handoverChangedOn(warmHandoverOn, today))));
    }

    // --- issue 18: follow-ups (handovers confirmed, the revised plan shared, the closure due) ---

    /**
     * A planned warm handover took place on {@code heldOn}, a recorded date: not after today, not before the plan opened
     * (422 {@value #HANDOVER_AFTER_PLAN_OPENED}). One already held is 409 {@value FollowUps#HANDOVER_ALREADY_HELD}.
     */
    public Change completeHandover(UUID handoverId, LocalDate heldOn, Clock clock) {
        requireActive();
        Handover handover = handovers.stream().filter(h -> h.id().equals(handoverId)).findFirst()
                .orElseThrow(() -> new org.earlyhelp.platform.problem.NotFound("Handover " + handoverId));
        if (handover.isHeld()) {
            throw withdrawn(FollowUps.HANDOVER_ALREADY_HELD, "This handover was already held on " + handover.heldOn());
        }
        RecordedDates.notAfterToday("heldOn", heldOn, clock);
        RecordedDates.notBefore(HANDOVER_AFTER_PLAN_OPENED, "heldOn", heldOn, PLAN_OPENED, openedOn);
        handover.held(heldOn);
        return new Change(this, List.of(new org.earlyhelp.events.plan.WarmHandoverHeldV1(familyId, area, id, handover.id(), heldOn,
                handover.toUserId())));
    }

    /**
     * The revised plan shared with the family and the team on {@code sharedOn}, a recorded date: not after today, not before
     * the last review held, or the plan's opening before any (422 {@value FollowUps#SHARING_AFTER_LAST_REVIEW}). Each sharing
     * is kept; the plan shows the latest against the latest review's {@code revisedPlanDueBy} (a new review clears it).
     */
    public Change shareRevisedPlan(LocalDate sharedOn, List<String> sharedWith, String by, Clock clock) {
        requireActive();
        RecordedDates.notAfterToday("sharedOn", sharedOn, clock);
        Optional<LocalDate> lastReview = lastReviewHeldOn();
        RecordedDates.notBefore(FollowUps.SHARING_AFTER_LAST_REVIEW, "sharedOn", sharedOn,
                lastReview.isPresent() ? "the last review held (heldOn)" : PLAN_OPENED, lastReview.orElse(openedOn));
        sharings.add(new PlanSharing(this, sharedOn, sharedWith, revisedPlanDueBy, by, clock.instant()));
        if (revisedPlanSharedOn == null || !sharedOn.isBefore(revisedPlanSharedOn)) {
            revisedPlanSharedOn = sharedOn;
        }
        return new Change(this, List.of(new org.earlyhelp.events.plan.RevisedPlanSharedV1(familyId, area, id, sharedOn, revisedPlanDueBy)));
    }

    /** Whether the revised plan was shared by its due date (FollowUps.revisedPlanMet), today read from {@code clock}. */
    public Boolean revisedPlanMet(Clock clock) {
        return FollowUps.revisedPlanMet(revisedPlanDueBy, revisedPlanSharedOn, RecordedDates.today(clock));
    }

    /** The closure a review decided is due by this date, while the plan is active. */
    public LocalDate closureDueBy() {
        return FollowUps.closureDueBy(status, closureSummaryDueBy);
    }

    public LocalDate revisedPlanSharedOn() { return revisedPlanSharedOn; }
    public List<PlanSharing> sharings() { return List.copyOf(sharings); }

    // --- end of issue 18 follow-ups ---

    /**
     * The review's outcome: progress on every action, the child's and family's views, one decision.
     * CONTINUE (and STEP_UP, while early help carries on) schedules the next review; CLOSE starts the
     * closure, whose summary is due within the area's working days.
     * <p>{@code heldOn} is a recorded date: not after today, not before the plan opened, not before the review held before
     * it. The deadlines it starts are computed from it, however long ago it was.
     */
    public Change holdReview(UUID reviewId, ReviewOutcome outcome, Timescales timescales, String by, Clock clock) {
        requireActive();
        Review review = reviews.stream().filter(r -> r.id().equals(reviewId)).findFirst()
                .orElseThrow(() -> new org.earlyhelp.platform.problem.NotFound("Review " + reviewId));
        if (!review.isOpen()) {
            throw new org.earlyhelp.platform.problem.ConflictingState("This review was already held on " + review.heldOn());
        }
        RecordedDates.notAfterToday("heldOn", outcome.heldOn(), clock);
        RecordedDates.notBefore(REVIEW_AFTER_PLAN_OPENED, "heldOn", outcome.heldOn(), PLAN_OPENED, openedOn);
        RecordedDates.notBefore(REVIEW_AFTER_PREVIOUS_REVIEW, "heldOn", outcome.heldOn(), "the previous review held (heldOn)",
                lastReviewHeldOn().orElse(null));
        // withdrawn actions are read-only: a review records no progress on them, nor asks for it
        List<Action> actions = goals.stream().flatMap(g -> g.actions().stream()).filter(a -> !a.isWithdrawn()).toList();
        List<ReviewOutcome.ActionProgress> progress = outcome.actionProgress() == null ? List.of() : outcome.actionProgress();
        for (ReviewOutcome.ActionProgress p : progress) {
            if (p.status() == ActionStatus.WITHDRAWN) {
                throw new org.earlyhelp.platform.problem.RuleViolation(WITHDRAW_WITH_A_REASON, "actionProgress for " + p.actionId()
                        + ": an action is withdrawn with a reason (POST .../actions/{actionId}/withdrawal), not by a review");
            }
            if (actions.stream().noneMatch(a -> a.id().equals(p.actionId()))) {
                throw new org.earlyhelp.platform.problem.RuleViolation("progress-on-this-plans-actions", "actionProgress names " + p.actionId()
                        + ", which is not an open or done action of this plan");
            }
        }
        List<UUID> missing = actions.stream().map(Action::id)
                .filter(a -> progress.stream().noneMatch(p -> p.actionId().equals(a))).toList();
        if (!missing.isEmpty()) {
            throw new org.earlyhelp.platform.problem.RuleViolation("progress-on-every-action",
                    "A review records progress on every action: missing " + missing);
        }
        // the rules of a TAF meeting and its goal outcomes (issue 18), after those above
        ReviewRules.requireChildAndFamilyViews(outcome.childAndFamilyViews());
        ReviewRules.requireSmartBeforeInitialReview(review.kind(), goals);
        List<GoalOutcome> goalOutcomes = outcome.goalOutcomes() == null ? List.of() : outcome.goalOutcomes();
        ReviewRules.requireOutcomesForThisPlansGoals(goalOutcomes, goals);
        List<FamilyEvent> events = new ArrayList<>();
        LocalDate next = outcome.decision() == ReviewDecision.CLOSE ? null : timescales.nextReviewDue(outcome.heldOn(), outcome.nextReviewDueBy());
        for (ReviewOutcome.ActionProgress p : progress) {
            actions.stream().filter(a -> a.id().equals(p.actionId())).findFirst().ifPresent(a -> a.progress(p.status()));
        }
        review.hold(outcome, by);
        if (next == null) {
            closureSummaryDueBy = timescales.closureSummaryDue(outcome.heldOn());
        }
        // ReviewHeld carries the review's kind and, for a CLOSE decision, the closure summary's due date just set (issue 20)
        events.add(new org.earlyhelp.events.plan.ReviewHeldV1(familyId, area, id, review.id(), outcome.heldOn(), outcome.decision().name(),
                leadProfessional.userId(), List.of(), review.kind().name(), next == null ? closureSummaryDueBy : null));
        events.addAll(recordOutcomes(goalOutcomes, outcome.heldOn(), review.id(), by, clock.instant()));
        if (next != null) {
            revisedPlanDueBy = timescales.revisedPlanDue(outcome.heldOn());
            revisedPlanSharedOn = null; // a new review: the revised plan is due again (FollowUps)
            Review following = new Review(this, ReviewKind.REGULAR, next);
            reviews.add(following);
            events.add(scheduled(following));
        }
        return new Change(this, events);
    }

    /**
     * Closed by the lead professional or the early help team, with a reason and a summary; a closed plan is read-only.
     * {@code agreedOn} is a recorded date: not after today, not before the plan opened, not before the last review held.
     */
    public Change close(ClosureReason reason, LocalDate agreedOn, String summary, Clock clock) {
        return close(reason, agreedOn, summary, List.of(), null, clock);
    }

    /**
     * Closed with the outcomes of goals recorded at the closure ({@code goalOutcomes}, recorded on {@code agreedOn}), applied
     * before the closure's own rule: closed {@code OUTCOMES_ACHIEVED}, no goal is left {@code OPEN} (422
     * {@value ReviewRules#NO_OPEN_GOALS_AT_CLOSURE} naming them). Nothing is written when a rule refuses.
     */
    public Change close(ClosureReason reason, LocalDate agreedOn, String summary, List<GoalOutcome> goalOutcomes, String by, Clock clock) {
        requireActive();
        RecordedDates.notAfterToday("agreedOn", agreedOn, clock);
        RecordedDates.notBefore(CLOSURE_AFTER_PLAN_OPENED, "agreedOn", agreedOn, PLAN_OPENED, openedOn);
        RecordedDates.notBefore(CLOSURE_AFTER_LAST_REVIEW, "agreedOn", agreedOn, "the last review held (heldOn)",
                lastReviewHeldOn().orElse(null));
        List<GoalOutcome> outcomes = goalOutcomes == null ? List.of() : goalOutcomes;
        ReviewRules.requireOutcomesForThisPlansGoals(outcomes, goals);
        ReviewRules.requireNoOpenGoalsAtClosure(reason, goals, outcomes);
        List<FamilyEvent> events = new ArrayList<>(recordOutcomes(outcomes, agreedOn, null, by, clock.instant()));
        events.addAll(closeAsDecided(reason, agreedOn, summary).events());
        return new Change(this, events);
    }

    // --- Reviews, TAF meetings and goal outcomes (issue 18); the rules in ReviewRules ---

    /**
     * A review due on another day, with a reason: an open review only (409 otherwise); {@code dueBy} a date people plan, not
     * before the last review held (or the plan's opening) nor more than the area's longest interval after it. The reminders
     * follow the new date; the change is kept in the history and {@code ReviewScheduled} raised again with the new date.
     */
    public Change rescheduleReview(UUID reviewId, LocalDate dueBy, String reason, Timescales timescales, String by, Clock clock) {
        requireActive();
        Review review = reviews.stream().filter(r -> r.id().equals(reviewId)).findFirst()
                .orElseThrow(() -> new org.earlyhelp.platform.problem.NotFound("Review " + reviewId));
        ReviewRules.requireOpenToReschedule(review);
        Optional<LocalDate> lastHeld = lastReviewHeldOn();
        ReviewRules.rescheduledDueBy(dueBy, reason, lastHeld.orElse(openedOn),
                lastHeld.isPresent() ? "the last review held (heldOn)" : PLAN_OPENED, timescales.maxReviewIntervalDays());
        LocalDate before = review.dueBy();
        review.reschedule(dueBy, RecordedDates.today(clock));
        changes.add(PlanChange.ofReview(this, PlanChangeKind.REVIEW_RESCHEDULED, reviewId, List.of("dueBy"), values("dueBy", before.toString()),
                values("dueBy", dueBy.toString()), reason, by, clock.instant()));
        return new Change(this, List.of(scheduled(review)));
    }

    /** Each goal's outcome set, kept in the history, and {@code GoalOutcomeRecorded} raised (ids, codes, dates: never the note). */
    private List<FamilyEvent> recordOutcomes(List<GoalOutcome> outcomes, LocalDate on, UUID reviewId, String by, java.time.Instant at) {
        List<FamilyEvent> events = new ArrayList<>();
        for (GoalOutcome outcome : outcomes) {
            Goal goal = goal(outcome.goalId());
            GoalStatus before = goal.status();
            goal.recordOutcome(outcome.outcome(), outcome.note(), on, reviewId);
            changes.add(new PlanChange(this, PlanChangeKind.GOAL_OUTCOME_RECORDED, goal.id(), null, List.of("status"),
                    values("status", before.name()), values("status", goal.status().name()), null, by, at));
            events.add(new org.earlyhelp.events.plan.GoalOutcomeRecordedV1(familyId, area, id, goal.id(), goal.needIndicator(),
                    outcome.outcome().name(), on, reviewId));
        }
        return events;
    }

    // --- end of reviews, TAF meetings and goal outcomes ---

    /**
     * Closed by another service's decision (CSC asking early help to stop), on the date that decision carries: an event is
     * never refused for its dates. {@code PlanClosed} counts the plan's goals at closure (withdrawn ones not counted) and
     * those ACHIEVED, as they stand now (after any outcomes recorded with the closure).
     */
    public Change closeAsDecided(ClosureReason reason, LocalDate agreedOn, String summary) {
        requireActive();
        status = PlanStatus.CLOSED;
        closureReason = reason;
        closedOn = agreedOn;
        closureSummary = summary;
        reviews.stream().filter(Review::isOpen).forEach(Review::cancel);
        List<Goal> counted = goals.stream().filter(g -> !g.isWithdrawn()).toList();
        int achieved = (int) counted.stream().filter(g -> g.status() == GoalStatus.ACHIEVED).count();
        return new Change(this, List.of(new org.earlyhelp.events.plan.PlanClosedV1(familyId, area, id, reason.name(), agreedOn,
                leadProfessional.userId(), counted.size(), achieved)));
    }

    /**
     * The family withdrew its consent: the plan is flagged for the lead professional to act on,
     * never closed silently (closing is their decision with the family).
     */
    public boolean flagConsentWithdrawn(LocalDate on) {
        if (!isActive() || consentWithdrawnOn != null) {
            return false;
        }
        consentWithdrawnOn = on;
        return true;
    }

    public LocalDate consentWithdrawnOn() {
        return consentWithdrawnOn;
    }

    /**
     * The plan is co-produced: the family's agreement to it is recorded (again when it is revised). {@code on} is a recorded
     * date: not after today, not before the plan opened.
     */
    public void recordFamilyAgreement(LocalDate on, String method, Clock clock) {
        requireActive();
        RecordedDates.notAfterToday("agreedOn", on, clock);
        RecordedDates.notBefore(AGREEMENT_AFTER_PLAN_OPENED, "agreedOn", on, PLAN_OPENED, openedOn);
        familyAgreedOn = on;
        familyAgreementMethod = method;
    }

    public LocalDate familyAgreedOn() { return familyAgreedOn; }
    public String familyAgreementMethod() { return familyAgreementMethod; }

    /** The lead professional or the area's early help team change the plan. */
    public boolean mayBeChangedBy(Caller caller) {
        return caller.area().equals(area) && (caller.hasRole(Roles.EARLY_HELP_TEAM) || caller.userId().equals(leadProfessional.userId()));
    }

    private void requireActive() {
        if (status != PlanStatus.ACTIVE) {
            throw new org.earlyhelp.platform.problem.ConflictingState("This plan is closed and can no longer be changed");
        }
    }

    /** Lead professional, team member, or the area's early help team. */
    public boolean isVisibleTo(Caller caller) {
        if (!caller.area().equals(area)) {
            return false;
        }
        return caller.hasRole(Roles.EARLY_HELP_TEAM)
                || caller.userId().equals(leadProfessional.userId())
                || team.stream().anyMatch(member -> caller.userId().equals(member.userId()));
    }

    /** The date of the latest review held, if any: what a later review or the closure follows. */
    public Optional<LocalDate> lastReviewHeldOn() {
        return reviews.stream().map(Review::heldOn).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder());
    }

    public Optional<Review> nextReview() {
        return reviews.stream().filter(Review::isOpen).min(Comparator.comparing(Review::dueBy));
    }

    public boolean isActive() {
        return status == PlanStatus.ACTIVE;
    }

    /** Goals from events (carried over, or drafted from needs) are taken as they come. */
    private void addGoalUnchecked(GoalDraft draft, Clock clock) {
        goals.add(new Goal(this, goals.size(), draft, clock.instant()));
    }

    private ReviewScheduledV1 scheduled(Review review) {
        return new ReviewScheduledV1(familyId, area, id, review.id(), review.kind().name(), review.dueBy(), leadProfessional.userId());
    }

    private List<String> teamUserIds() {
        return FamilyNetwork.userIds(team);
    }

    public UUID id() { return id; }
    public long version() { return version; }
    public String area() { return area; }
    public UUID familyId() { return familyId; }
    public PlanStatus status() { return status; }
    public PlanOriginKind origin() { return origin; }
    public UUID originRef() { return originRef; }
    public LeadProfessional leadProfessional() { return leadProfessional; }
    public LocalDate openedOn() { return openedOn; }
    public List<PlanOrigin> origins() { return List.copyOf(origins); }
    public List<TeamMember> team() { return List.copyOf(team); }
    public List<Goal> goals() { return List.copyOf(goals); }
    public List<Review> reviews() { return List.copyOf(reviews); }
    public List<Handover> handovers() { return List.copyOf(handovers); }
    public LocalDate revisedPlanDueBy() { return revisedPlanDueBy; }
    public LocalDate closureSummaryDueBy() { return closureSummaryDueBy; }
    public ClosureReason closureReason() { return closureReason; }
    public LocalDate closedOn() { return closedOn; }
    public String closureSummary() { return closureSummary; }
}
