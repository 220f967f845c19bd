package org.earlyhelp.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.plan.LeadProfessionalChangedV1;
import org.earlyhelp.events.plan.PlanClosedV1;
import org.earlyhelp.events.plan.ReviewHeldV1;
import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.earlyhelp.platform.time.BankHolidays;
import org.earlyhelp.plan.timescales.Timescales;
import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    static final LeadProfessional TEACHER = new LeadProfessional("teacher", "Tess Teacher", "school", "DSL");
    static final Timescales ENGLAND = Timescales.defaults(BankHolidays.ENGLAND_AND_WALES);
    /** "Today" for these rules: Friday 2 July 2027 in Europe/London (10:00 BST), after the plan's March 2027 dates. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-07-02T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2027, 7, 2);
    static final LocalDate OPENED = LocalDate.of(2027, 3, 22);

    FamilyPlan plan() {
        return FamilyPlan.open("isle-of-wight", UUID.randomUUID(), PlanOriginKind.STEP_DOWN, UUID.randomUUID(), TEACHER,
                OPENED, List.of(), LocalDate.of(2027, 4, 21), CLOCK).plan();
    }

    @Test
    void aGoalAnswersAKnownNeedAndIsDueAfterThePlanOpened() {
        FamilyPlan plan = plan();
        assertThatThrownBy(() -> plan.addGoal(new GoalDraft("SADNESS", "d", "m", LocalDate.of(2027, 6, 1), false), CLOCK))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("SADNESS");
        assertThatThrownBy(() -> plan.addGoal(new GoalDraft("HOUSING", "d", "m", OPENED, false), CLOCK))
                .isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("target-date-after-plan-opened");
                    assertThat(e.field()).isEqualTo("targetDate");
                });
        assertThatThrownBy(() -> plan.addGoal(new GoalDraft("HOUSING", "d", "m", null, false), CLOCK))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("goal-is-time-bound"));
        assertThat(plan.goals()).isEmpty();
        // a target date is planned, measured from the plan's opening, never from today: one already past (written up later) is fine
        assertThat(plan.addGoal(new GoalDraft("HOUSING", "Dry home", "Damp fixed", LocalDate.of(2027, 6, 1), false), CLOCK).needIndicator())
                .isEqualTo("HOUSING");
        assertThat(plan.addGoal(new GoalDraft("HOUSING", "Next winter", "No damp", TODAY.plusYears(1), false), CLOCK).targetDate())
                .isEqualTo(TODAY.plusYears(1));
        assertThat(plan.goals()).extracting(Goal::addedAt).containsOnly(CLOCK.instant());
    }

    @Test
    void anActionIsOwnedByTheFamilyOrSomeoneInTheTeam() {
        FamilyPlan plan = plan();
        Goal goal = plan.addGoal(new GoalDraft("HOUSING", "Dry home", "Damp fixed", LocalDate.of(2027, 6, 1), false), CLOCK);
        assertThat(plan.addAction(goal.id(), "Call the landlord", new ActionOwner("Mum", "family"), LocalDate.of(2027, 4, 1))).isNotNull();
        assertThat(plan.addAction(goal.id(), "Attendance check", new ActionOwner("Tess", "school"), LocalDate.of(2027, 4, 1))).isNotNull();
        assertThatThrownBy(() -> plan.addAction(goal.id(), "Visit", new ActionOwner("Hal", "housing"), LocalDate.of(2027, 4, 1)))
                .isInstanceOf(RuleViolation.class);
        plan.replaceTeam(List.of(new TeamMember("hal", "Hal Housing", "housing", "Housing officer")));
        assertThat(plan.addAction(goal.id(), "Visit", new ActionOwner("Hal", "housing"), LocalDate.of(2027, 4, 1))).isNotNull();
    }

    @Test
    void aHandoverChangesTheLeadKeepsHistoryAndRaisesLeadProfessionalChanged() {
        FamilyPlan plan = plan();
        LeadProfessional hv = new LeadProfessional("hv", "Harriet Visitor", "health", "Health visitor");
        FamilyPlan.Change change = plan.handOver(hv, true, LocalDate.of(2027, 4, 2), "Met the family together", "teacher", CLOCK);
        assertThat(plan.leadProfessional()).isEqualTo(hv);
        assertThat(plan.handovers()).singleElement().satisfies(h -> assertThat(h.fromUserId()).isEqualTo("teacher"));
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(LeadProfessionalChangedV1.class, e -> {
            assertThat(e.warmHandoverOn()).isEqualTo(LocalDate.of(2027, 4, 2));
            assertThat(e.changedOn()).isEqualTo(LocalDate.of(2027, 4, 2));
        });
        assertThatThrownBy(() -> plan.handOver(hv, true, null, null, "hv", CLOCK)).isInstanceOf(RuleViolation.class);
        // no warm handover given: changed on the day it is recorded (the platform's today)
        assertThat(plan.handOver(TEACHER, true, null, null, "hv", CLOCK).events()).singleElement()
                .isInstanceOfSatisfying(LeadProfessionalChangedV1.class, e -> {
                    assertThat(e.warmHandoverOn()).isNull();
                    assertThat(e.changedOn()).isEqualTo(TODAY);
                });
    }

    @Test
    void continueSchedulesTheNextReviewSixWeeksOnByDefaultAndTheRevisedPlanWithinTenWorkingDays() {
        FamilyPlan plan = plan();
        UUID initial = plan.nextReview().orElseThrow().id();
        FamilyPlan.Change change = plan.holdReview(initial, new ReviewOutcome(LocalDate.of(2027, 4, 20), List.of("teacher", "Mum"),
                List.of(), "Going better", ReviewDecision.CONTINUE, null), ENGLAND, "teacher", CLOCK);
        assertThat(plan.nextReview().orElseThrow().dueBy()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(plan.nextReview().orElseThrow().kind()).isEqualTo(ReviewKind.REGULAR);
        assertThat(plan.revisedPlanDueBy()).isEqualTo(LocalDate.of(2027, 5, 5)); // 3 May is a bank holiday
        assertThat(change.events()).hasSize(2).first().isInstanceOfSatisfying(ReviewHeldV1.class, e -> {
            assertThat(e.decision()).isEqualTo("CONTINUE");
            assertThat(e.kind()).isEqualTo("INITIAL");
            assertThat(e.closureDueBy()).isNull();
        });
        assertThat(change.events().get(1)).isInstanceOf(ReviewScheduledV1.class);
    }

    @Test
    void aNextReviewMoreThanTwelveWeeksAwayIsRefusedExactlyTwelveIsAllowed() {
        FamilyPlan plan = plan();
        UUID initial = plan.nextReview().orElseThrow().id();
        LocalDate held = LocalDate.of(2027, 4, 20);
        assertThatThrownBy(() -> plan.holdReview(initial, new ReviewOutcome(held, List.of(), List.of(), "Views", ReviewDecision.CONTINUE,
                held.plusDays(85)), ENGLAND, "teacher", CLOCK)).isInstanceOf(RuleViolation.class).hasMessageContaining("12 weeks");
        plan.holdReview(initial, new ReviewOutcome(held, List.of(), List.of(), "Views", ReviewDecision.CONTINUE, held.plusDays(84)), ENGLAND, "teacher", CLOCK);
        assertThat(plan.nextReview().orElseThrow().dueBy()).isEqualTo(held.plusDays(84));
    }

    @Test
    void aReviewRecordsProgressOnEveryActionAndIsHeldOnce() {
        FamilyPlan plan = plan();
        Goal goal = plan.addGoal(new GoalDraft("HOUSING", "Dry home", "Damp fixed", LocalDate.of(2027, 6, 1), false), CLOCK);
        Action action = plan.addAction(goal.id(), "Call the landlord", new ActionOwner("Mum", "family"), LocalDate.of(2027, 4, 1));
        UUID initial = plan.nextReview().orElseThrow().id();
        assertThatThrownBy(() -> plan.holdReview(initial, new ReviewOutcome(LocalDate.of(2027, 4, 20), List.of(), List.of(), "Views",
                ReviewDecision.CONTINUE, null), ENGLAND, "teacher", CLOCK)).isInstanceOf(RuleViolation.class).hasMessageContaining(action.id().toString());
        plan.holdReview(initial, new ReviewOutcome(LocalDate.of(2027, 4, 20), List.of(),
                List.of(new ReviewOutcome.ActionProgress(action.id(), ActionStatus.DONE, "Landlord came")), "Views", ReviewDecision.STEP_UP, null),
                ENGLAND, "teacher", CLOCK);
        assertThat(goal.actions().get(0).status()).isEqualTo(ActionStatus.DONE);
        assertThat(plan.isActive()).isTrue();
        assertThatThrownBy(() -> plan.holdReview(initial, new ReviewOutcome(LocalDate.of(2027, 4, 21), List.of(),
                List.of(new ReviewOutcome.ActionProgress(action.id(), ActionStatus.DONE, null)), "Views", ReviewDecision.CONTINUE, null),
                ENGLAND, "teacher", CLOCK)).isInstanceOf(ConflictingState.class);
    }

    @Test
    void aCloseDecisionSetsTheClosureSummaryDueAndClosureMakesThePlanReadOnly() {
        FamilyPlan plan = plan();
        UUID initial = plan.nextReview().orElseThrow().id();
        FamilyPlan.Change held = plan.holdReview(initial, new ReviewOutcome(LocalDate.of(2027, 4, 20), List.of(), List.of(), "Views",
                ReviewDecision.CLOSE, null), ENGLAND, "teacher", CLOCK);
        assertThat(plan.closureSummaryDueBy()).isEqualTo(LocalDate.of(2027, 4, 22));
        assertThat(held.events()).singleElement().isInstanceOfSatisfying(ReviewHeldV1.class, e -> {
            assertThat(e.decision()).isEqualTo("CLOSE");
            assertThat(e.kind()).isEqualTo("INITIAL");
            assertThat(e.closureDueBy()).isEqualTo(LocalDate.of(2027, 4, 22));
        });
        assertThat(plan.nextReview()).isEmpty();
        FamilyPlan.Change closed = plan.close(ClosureReason.OUTCOMES_ACHIEVED, LocalDate.of(2027, 4, 21), "Attendance is back to 96%", CLOCK);
        assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(closed.events()).singleElement().isInstanceOfSatisfying(PlanClosedV1.class, e -> {
            assertThat(e.reason()).isEqualTo("OUTCOMES_ACHIEVED");
            assertThat(e.goals()).isZero();
            assertThat(e.goalsAchieved()).isZero();
        });
        assertThatThrownBy(() -> plan.addGoal(new GoalDraft("HOUSING", "d", "m", LocalDate.of(2027, 6, 1), false), CLOCK))
                .isInstanceOf(ConflictingState.class);
        assertThatThrownBy(() -> plan.close(ClosureReason.OTHER, LocalDate.of(2027, 4, 22), "x", CLOCK)).isInstanceOf(ConflictingState.class);
    }

    /** The call is refused 422 with {@code rule}, naming {@code field}. */
    static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String rule, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    static ReviewOutcome heldOn(LocalDate day, ReviewDecision decision) {
        return new ReviewOutcome(day, List.of("teacher"), List.of(), "Views", decision, null);
    }

    @Test
    @DisplayName("a manual plan's openedOn: after today is 422 recorded-date-not-after-today; a back-dated one counts the initial review from it; none is today")
    void aManualPlanOpensOnARecordedDate() {
        refused(() -> FamilyPlan.openManually("isle-of-wight", UUID.randomUUID(), TEACHER, TODAY.plusDays(1), ENGLAND, CLOCK),
                "recorded-date-not-after-today", "openedOn");
        FamilyPlan backDated = FamilyPlan.openManually("isle-of-wight", UUID.randomUUID(), TEACHER, OPENED, ENGLAND, CLOCK).plan();
        assertThat(backDated.openedOn()).isEqualTo(OPENED);
        assertThat(backDated.nextReview().orElseThrow().dueBy()).isEqualTo(LocalDate.of(2027, 4, 21)); // Easter skipped
        FamilyPlan today = FamilyPlan.openManually("isle-of-wight", UUID.randomUUID(), TEACHER, null, ENGLAND, CLOCK).plan();
        assertThat(today.openedOn()).isEqualTo(TODAY);
        assertThat(today.nextReview().orElseThrow().dueBy()).isEqualTo(ENGLAND.initialReviewDue(TODAY));
    }

    @Test
    @DisplayName("a review's heldOn: after today, before the plan opened, before the previous review are each 422 naming heldOn; nothing is recorded")
    void aReviewIsHeldOnARecordedDate() {
        FamilyPlan plan = plan();
        UUID initial = plan.nextReview().orElseThrow().id();
        refused(() -> plan.holdReview(initial, heldOn(TODAY.plusDays(1), ReviewDecision.CONTINUE), ENGLAND, "teacher", CLOCK),
                "recorded-date-not-after-today", "heldOn");
        refused(() -> plan.holdReview(initial, heldOn(OPENED.minusDays(1), ReviewDecision.CONTINUE), ENGLAND, "teacher", CLOCK),
                "review-after-plan-opened", "heldOn");
        assertThat(plan.reviews()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReviewStatus.SCHEDULED);
            assertThat(r.heldOn()).isNull();
        });
        assertThat(plan.revisedPlanDueBy()).isNull();

        // held on the day the plan opened, written up months later: its deadlines count from the day it was held
        plan.holdReview(initial, heldOn(OPENED, ReviewDecision.CONTINUE), ENGLAND, "teacher", CLOCK);
        assertThat(plan.revisedPlanDueBy()).isEqualTo(ENGLAND.revisedPlanDue(OPENED));
        UUID second = plan.nextReview().orElseThrow().id();
        assertThat(plan.nextReview().orElseThrow().dueBy()).isEqualTo(OPENED.plusDays(42));
        refused(() -> plan.holdReview(second, heldOn(OPENED.minusDays(1), ReviewDecision.CONTINUE), ENGLAND, "teacher", CLOCK),
                "review-after-plan-opened", "heldOn");
        plan.holdReview(second, heldOn(LocalDate.of(2027, 4, 30), ReviewDecision.CONTINUE), ENGLAND, "teacher", CLOCK);
        UUID third = plan.nextReview().orElseThrow().id();
        refused(() -> plan.holdReview(third, heldOn(LocalDate.of(2027, 4, 29), ReviewDecision.CLOSE), ENGLAND, "teacher", CLOCK),
                "review-after-previous-review", "heldOn");
        assertThat(plan.nextReview().orElseThrow().id()).isEqualTo(third);
        assertThat(plan.closureSummaryDueBy()).isNull();
        // the same day as the previous review, and today itself, are fine
        plan.holdReview(third, heldOn(LocalDate.of(2027, 4, 30), ReviewDecision.CONTINUE), ENGLAND, "teacher", CLOCK);
        UUID fourth = plan.nextReview().orElseThrow().id();
        plan.holdReview(fourth, heldOn(TODAY, ReviewDecision.CLOSE), ENGLAND, "teacher", CLOCK);
        assertThat(plan.closureSummaryDueBy()).isEqualTo(ENGLAND.closureSummaryDue(TODAY));
    }

    @Test
    @DisplayName("a closure's agreedOn: after today, before the plan opened, before the last review held are each 422 naming agreedOn; the plan stays active")
    void aClosureIsAgreedOnARecordedDate() {
        FamilyPlan plan = plan();
        refused(() -> plan.close(ClosureReason.OUTCOMES_ACHIEVED, TODAY.plusDays(1), "x", CLOCK), "recorded-date-not-after-today", "agreedOn");
        refused(() -> plan.close(ClosureReason.OUTCOMES_ACHIEVED, OPENED.minusDays(1), "x", CLOCK), "closure-after-plan-opened", "agreedOn");
        plan.holdReview(plan.nextReview().orElseThrow().id(), heldOn(LocalDate.of(2027, 4, 20), ReviewDecision.CLOSE), ENGLAND, "teacher",
                CLOCK);
        refused(() -> plan.close(ClosureReason.OUTCOMES_ACHIEVED, LocalDate.of(2027, 4, 19), "x", CLOCK), "closure-after-last-review",
                "agreedOn");
        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(plan.closedOn()).isNull();
        plan.close(ClosureReason.OUTCOMES_ACHIEVED, LocalDate.of(2027, 4, 20), "Agreed at the review", CLOCK);
        assertThat(plan.closedOn()).isEqualTo(LocalDate.of(2027, 4, 20));
    }

    @Test
    @DisplayName("CSC's decision closes a plan on the date it carries, even one before the last review: an event is never refused for its dates")
    void aClosureFromAnEventIsTakenAsItComes() {
        FamilyPlan plan = plan();
        plan.holdReview(plan.nextReview().orElseThrow().id(), heldOn(LocalDate.of(2027, 4, 20), ReviewDecision.CONTINUE), ENGLAND,
                "teacher", CLOCK);
        FamilyPlan.Change closed = plan.closeAsDecided(ClosureReason.STEPPED_UP_TO_CSC, LocalDate.of(2027, 4, 19), "CSC");
        assertThat(closed.events()).singleElement().isInstanceOfSatisfying(PlanClosedV1.class, e -> {
            assertThat(e.agreedOn()).isEqualTo(LocalDate.of(2027, 4, 19));
            assertThat(e.goals()).isZero();
            assertThat(e.goalsAchieved()).isZero();
        });
        assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(plan.closedOn()).isEqualTo(LocalDate.of(2027, 4, 19));
    }

    @Test
    @DisplayName("the family's agreedOn: after today is 422 recorded-date-not-after-today, before the plan opened 422 agreement-after-plan-opened")
    void theFamilysAgreementIsARecordedDate() {
        FamilyPlan plan = plan();
        refused(() -> plan.recordFamilyAgreement(TODAY.plusDays(1), "WRITTEN", CLOCK), "recorded-date-not-after-today", "agreedOn");
        refused(() -> plan.recordFamilyAgreement(OPENED.minusDays(1), "WRITTEN", CLOCK), "agreement-after-plan-opened", "agreedOn");
        assertThat(plan.familyAgreedOn()).isNull();
        plan.recordFamilyAgreement(OPENED, "VERBAL", CLOCK);
        assertThat(plan.familyAgreedOn()).isEqualTo(OPENED);
    }

    @Test
    @DisplayName("an action's dueDate is planned: before the plan opened is 422 due-date-after-plan-opened; past or future, it is never compared with today")
    void anActionIsDueFromThePlansOwnDates() {
        FamilyPlan plan = plan();
        Goal goal = plan.addGoal(new GoalDraft("HOUSING", "Dry home", "Damp fixed", LocalDate.of(2027, 6, 1), false), CLOCK);
        refused(() -> plan.addAction(goal.id(), "Call", new ActionOwner("Mum", "family"), OPENED.minusDays(1)),
                "due-date-after-plan-opened", "dueDate");
        assertThat(goal.actions()).isEmpty();
        assertThat(plan.addAction(goal.id(), "Call", new ActionOwner("Mum", "family"), OPENED).dueDate()).isEqualTo(OPENED);
        assertThat(plan.addAction(goal.id(), "Visit", new ActionOwner("Mum", "family"), TODAY.plusMonths(3)).dueDate())
                .isEqualTo(TODAY.plusMonths(3));
    }

    @Test
    @DisplayName("a warm handover's date, past (recorded) or still to come (planned), is not before the plan opened: 422 handover-after-plan-opened")
    void aHandoverIsNotBeforeThePlanOpened() {
        FamilyPlan plan = plan();
        LeadProfessional hv = new LeadProfessional("hv", "Harriet Visitor", "health", "Health visitor");
        refused(() -> plan.handOver(hv, true, OPENED.minusDays(1), null, "teacher", CLOCK), "handover-after-plan-opened", "warmHandoverOn");
        assertThat(plan.leadProfessional()).isEqualTo(TEACHER);
        assertThat(plan.handovers()).isEmpty();
        plan.handOver(hv, true, TODAY.plusWeeks(2), "Meeting the family together", "teacher", CLOCK);
        assertThat(plan.leadProfessional()).isEqualTo(hv);
        plan.handOver(TEACHER, true, OPENED, "Back to school", "hv", CLOCK);
        assertThat(plan.handovers()).extracting(Handover::warmHandoverOn).containsExactly(TODAY.plusWeeks(2), OPENED);
    }
}
