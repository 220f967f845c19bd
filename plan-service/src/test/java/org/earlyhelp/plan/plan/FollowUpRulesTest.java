package org.earlyhelp.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.events.plan.LeadProfessionalChangedV1;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.events.plan.RevisedPlanSharedV1;
import org.earlyhelp.events.plan.WarmHandoverHeldV1;
import org.earlyhelp.platform.time.BankHolidays;
import org.earlyhelp.plan.timescales.Timescales;
import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.NotFound;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules of issue 18's follow-ups on the domain classes alone (no database, a fixed clock): the family's network in the
 * team, handovers with the family's agreement and confirmed when planned, the revised plan shared, the closure due.
 */
class FollowUpRulesTest {

    static final LeadProfessional TEACHER = new LeadProfessional("teacher", "Tess Teacher", "school", "DSL");
    static final LeadProfessional HV = new LeadProfessional("hv", "Harriet Visitor", "health", "Health visitor");
    static final Timescales ENGLAND = Timescales.defaults(BankHolidays.ENGLAND_AND_WALES);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-07-02T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2027, 7, 2);
    static final LocalDate OPENED = LocalDate.of(2027, 3, 22);
    static final TeamMember HAL = new TeamMember("hal", "Hal Housing", "housing", "Housing officer");
    static final TeamMember GRAN = TeamMember.ofNetwork("Grace Gran", "grandparent", "Text after 6pm");

    FamilyPlan plan() {
        return FamilyPlan.open("isle-of-wight", UUID.randomUUID(), PlanOriginKind.MANUAL, null, TEACHER, OPENED, List.of(),
                LocalDate.of(2027, 4, 21), CLOCK).plan();
    }

    /** The plan's next review held on {@code heldOn} with {@code decision}, no actions to report on. */
    static FamilyPlan.Change hold(FamilyPlan plan, LocalDate heldOn, ReviewDecision decision) {
        return plan.holdReview(plan.nextReview().orElseThrow().id(), new ReviewOutcome(heldOn, List.of("teacher"), List.of(),
                "Going well", decision, null), ENGLAND, "teacher", CLOCK);
    }

    static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String rule, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.details()).containsEntry("field", field);
        });
    }

    // --- the family's network in the team ---

    @Test
    @DisplayName("a team member with neither userId nor relationship is 422 network-member-has-a-relationship naming the member; the team is unchanged")
    void aNetworkMemberHasARelationship() {
        FamilyPlan plan = plan();
        plan.replaceTeam(List.of(HAL));
        TeamMember noRelationship = new TeamMember(null, "Frank Friend", null, null, " ", null);
        assertThatThrownBy(() -> plan.replaceTeam(List.of(HAL, noRelationship))).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.rule()).isEqualTo(FamilyNetwork.NETWORK_MEMBER_HAS_A_RELATIONSHIP);
            assertThat(e.details()).containsEntry("member", 1).containsEntry("field", "members[1].relationship");
        });
        assertThat(plan.team()).containsExactly(HAL);
    }

    @Test
    @DisplayName("a practitioner (a userId) without an agency or a role is 422 practitioner-has-agency-and-role; a network member needs neither")
    void aPractitionerHasAgencyAndRole() {
        FamilyPlan plan = plan();
        assertThatThrownBy(() -> plan.replaceTeam(List.of(new TeamMember("hal", "Hal Housing", null, "Housing officer"))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo(FamilyNetwork.PRACTITIONER_HAS_AGENCY_AND_ROLE);
                    assertThat(e.details()).containsEntry("field", "members[0].agency");
                });
        plan.replaceTeam(List.of(HAL, GRAN));
        assertThat(plan.team()).extracting(TeamMember::isNetworkMember).containsExactly(false, true);
    }

    @Test
    @DisplayName("only members with a userId see the plan, and only their user ids (never a network member's name) go into PlanOpened")
    void onlyMembersWithAUserIdGainAccess() {
        FamilyPlan plan = plan();
        plan.replaceTeam(List.of(GRAN, HAL));
        assertThat(plan.isVisibleTo(new Caller("hal", "isle-of-wight", "housing", Set.of("practitioner")))).isTrue();
        assertThat(plan.isVisibleTo(new Caller("someone", "isle-of-wight", "youth", Set.of("practitioner")))).isFalse();
        FamilyPlan.Change joined = plan.join(PlanOriginKind.ASSESSMENT, UUID.randomUUID(), null, TODAY, List.of(), TODAY.plusDays(20), CLOCK);
        assertThat(joined.events().get(0)).isInstanceOfSatisfying(PlanOpenedV1.class, e -> {
            assertThat(e.teamUserIds()).containsExactly("hal");
            assertThat(e.toString()).doesNotContain("Grace").doesNotContain("grandparent");
        });
    }

    @Test
    @DisplayName("an action may be owned by a network member of the team, named without an agency; an unknown name without an agency is 422 action-owner-in-the-team")
    void aNetworkMemberOwnsActions() {
        FamilyPlan plan = plan();
        Goal goal = plan.addGoal(new GoalDraft("HOUSING", "Dry home", "Damp fixed", LocalDate.of(2027, 6, 1), false), CLOCK);
        ActionOwner gran = new ActionOwner("grace gran ", null);
        assertThatThrownBy(() -> plan.addAction(goal.id(), "School run on Tuesdays", gran, LocalDate.of(2027, 4, 1)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("action-owner-in-the-team"));
        plan.replaceTeam(List.of(HAL, GRAN));
        Action action = plan.addAction(goal.id(), "School run on Tuesdays", gran, LocalDate.of(2027, 4, 1));
        assertThat(action.owner()).isEqualTo(gran);
        assertThatThrownBy(() -> plan.addAction(goal.id(), "Lifts", new ActionOwner("Frank Friend", null), LocalDate.of(2027, 4, 1)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("action-owner-in-the-team"));
        // an edit may hand an action to a network member too
        Action other = plan.addAction(goal.id(), "Call the landlord", new ActionOwner("Mum", "family"), LocalDate.of(2027, 4, 1));
        plan.editAction(goal.id(), other.id(), new ActionEdit(null, new ActionOwner("Grace Gran", null), null, null), "teacher", CLOCK.instant());
        assertThat(other.owner().name()).isEqualTo("Grace Gran");
    }

    // --- handovers ---

    @Test
    @DisplayName("a handover without the family's agreement (familyAgreed absent) is 422 handover-records-family-agreement naming familyAgreed; nothing changed")
    void aHandoverRecordsTheFamilysAgreement() {
        FamilyPlan plan = plan();
        refused(() -> plan.handOver(HV, null, OPENED.plusDays(3), null, "teacher", CLOCK), FollowUps.HANDOVER_RECORDS_FAMILY_AGREEMENT,
                "familyAgreed");
        assertThat(plan.leadProfessional()).isEqualTo(TEACHER);
        assertThat(plan.handovers()).isEmpty();
        plan.handOver(HV, false, OPENED.plusDays(3), null, "teacher", CLOCK);
        assertThat(plan.handovers()).singleElement().satisfies(h -> assertThat(h.familyAgreed()).isFalse());
    }

    @Test
    @DisplayName("a handover is PLANNED when its warm handover is after today, otherwise HELD on its date, or on today when none is given")
    void aHandoverIsPlannedOrHeld() {
        FamilyPlan plan = plan();
        FamilyPlan.Change planned = plan.handOver(HV, true, TODAY.plusDays(1), null, "teacher", CLOCK);
        plan.handOver(TEACHER, true, TODAY, null, "hv", CLOCK);
        plan.handOver(HV, true, null, null, "teacher", CLOCK);
        assertThat(plan.handovers()).extracting(Handover::status, Handover::heldOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple(HandoverStatus.PLANNED, null),
                org.assertj.core.groups.Tuple.tuple(HandoverStatus.HELD, TODAY),
                org.assertj.core.groups.Tuple.tuple(HandoverStatus.HELD, TODAY));
        assertThat(planned.events()).singleElement().isInstanceOfSatisfying(LeadProfessionalChangedV1.class,
                e -> assertThat(e.changedOn()).isEqualTo(TODAY.plusDays(1)));
        assertThat(FollowUps.handoverHeldOn(OPENED, TODAY)).isEqualTo(OPENED);
        // LeadProfessionalChanged.changedOn (issue 20): the warm handover's day when given, else the day it is recorded
        assertThat(FollowUps.handoverChangedOn(OPENED, TODAY)).isEqualTo(OPENED);
        assertThat(FollowUps.handoverChangedOn(TODAY.plusDays(1), TODAY)).isEqualTo(TODAY.plusDays(1));
        assertThat(FollowUps.handoverChangedOn(null, TODAY)).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("confirming a planned handover: heldOn after today 422, before the plan opened 422 handover-after-plan-opened; then HELD with WarmHandoverHeld; again 409 handover-already-held")
    void aPlannedHandoverIsConfirmed() {
        FamilyPlan plan = plan();
        plan.handOver(HV, true, TODAY.plusDays(7), null, "teacher", CLOCK);
        UUID handover = plan.handovers().get(0).id();
        refused(() -> plan.completeHandover(handover, TODAY.plusDays(1), CLOCK), RecordedDates.NOT_AFTER_TODAY, "heldOn");
        refused(() -> plan.completeHandover(handover, OPENED.minusDays(1), CLOCK), FamilyPlan.HANDOVER_AFTER_PLAN_OPENED, "heldOn");
        assertThatThrownBy(() -> plan.completeHandover(UUID.randomUUID(), TODAY, CLOCK)).isInstanceOf(NotFound.class);
        assertThat(plan.handovers().get(0).status()).isEqualTo(HandoverStatus.PLANNED);

        FamilyPlan.Change held = plan.completeHandover(handover, TODAY, CLOCK);
        assertThat(plan.handovers().get(0).status()).isEqualTo(HandoverStatus.HELD);
        assertThat(plan.handovers().get(0).heldOn()).isEqualTo(TODAY);
        assertThat(held.events()).singleElement().isInstanceOfSatisfying(WarmHandoverHeldV1.class, e -> {
            assertThat(e.handoverId()).isEqualTo(handover);
            assertThat(e.heldOn()).isEqualTo(TODAY);
            assertThat(e.toUserId()).isEqualTo("hv");
        });
        assertThatThrownBy(() -> plan.completeHandover(handover, TODAY, CLOCK)).isInstanceOfSatisfying(ConflictingState.class,
                e -> assertThat(e.details()).containsEntry("rule", FollowUps.HANDOVER_ALREADY_HELD));
    }

    // --- the revised plan shared ---

    @Test
    @DisplayName("sharing the revised plan: after today 422, before the last review held (or the opening) 422 sharing-after-last-review; RevisedPlanShared carries the due date")
    void theRevisedPlanIsShared() {
        FamilyPlan plan = plan();
        refused(() -> plan.shareRevisedPlan(OPENED.minusDays(1), List.of("family"), "teacher", CLOCK), FollowUps.SHARING_AFTER_LAST_REVIEW, "sharedOn");
        hold(plan, LocalDate.of(2027, 4, 20), ReviewDecision.CONTINUE);
        LocalDate due = ENGLAND.revisedPlanDue(LocalDate.of(2027, 4, 20));
        refused(() -> plan.shareRevisedPlan(LocalDate.of(2027, 4, 19), List.of("family"), "teacher", CLOCK), FollowUps.SHARING_AFTER_LAST_REVIEW,
                "sharedOn");
        refused(() -> plan.shareRevisedPlan(TODAY.plusDays(1), List.of("family"), "teacher", CLOCK), RecordedDates.NOT_AFTER_TODAY, "sharedOn");
        assertThat(plan.sharings()).isEmpty();

        FamilyPlan.Change shared = plan.shareRevisedPlan(LocalDate.of(2027, 4, 20), List.of("family", "school"), "teacher", CLOCK);
        assertThat(plan.revisedPlanSharedOn()).isEqualTo(LocalDate.of(2027, 4, 20));
        assertThat(plan.revisedPlanMet(CLOCK)).isTrue();
        assertThat(plan.sharings()).singleElement().satisfies(s -> {
            assertThat(s.sharedWith()).containsExactly("family", "school");
            assertThat(s.revisedPlanDueBy()).isEqualTo(due);
        });
        assertThat(shared.events()).singleElement().isInstanceOfSatisfying(RevisedPlanSharedV1.class, e -> {
            assertThat(e.sharedOn()).isEqualTo(LocalDate.of(2027, 4, 20));
            assertThat(e.revisedPlanDueBy()).isEqualTo(due);
            assertThat(e.toString()).doesNotContain("school");
        });
    }

    @Test
    @DisplayName("a new review makes the revised plan due again: the sharing before it no longer counts; shared late it is missed")
    void aNewReviewResetsTheSharing() {
        FamilyPlan plan = plan();
        hold(plan, LocalDate.of(2027, 4, 20), ReviewDecision.CONTINUE);
        plan.shareRevisedPlan(LocalDate.of(2027, 4, 22), List.of("family"), "teacher", CLOCK);
        hold(plan, LocalDate.of(2027, 5, 25), ReviewDecision.CONTINUE);
        assertThat(plan.revisedPlanDueBy()).isEqualTo(ENGLAND.revisedPlanDue(LocalDate.of(2027, 5, 25)));
        assertThat(plan.revisedPlanSharedOn()).isNull();
        assertThat(plan.revisedPlanMet(CLOCK)).isFalse(); // due in June, today is 2 July: missed
        plan.shareRevisedPlan(LocalDate.of(2027, 6, 30), List.of("family"), "teacher", CLOCK);
        assertThat(plan.revisedPlanMet(CLOCK)).isFalse();
        assertThat(plan.sharings()).hasSize(2);
    }

    @Test
    @DisplayName("whether the revised plan was met: true shared on or before the due date, false shared after it or the date passed unshared, null while due or nothing due")
    void whetherTheRevisedPlanWasMet() {
        LocalDate due = LocalDate.of(2027, 5, 4);
        assertThat(FollowUps.revisedPlanMet(due, due, due.plusDays(9))).isTrue();
        assertThat(FollowUps.revisedPlanMet(due, due.minusDays(3), due)).isTrue();
        assertThat(FollowUps.revisedPlanMet(due, due.plusDays(1), due.plusDays(1))).isFalse();
        assertThat(FollowUps.revisedPlanMet(due, null, due.plusDays(1))).isFalse();
        assertThat(FollowUps.revisedPlanMet(due, null, due)).isNull();
        assertThat(FollowUps.revisedPlanMet(null, null, due)).isNull();
    }

    // --- the closure due ---

    @Test
    @DisplayName("after a review decides CLOSE the plan shows closureDueBy (the closure summary's due date) until it is closed")
    void theClosureIsDueAfterACloseDecision() {
        FamilyPlan plan = plan();
        assertThat(plan.closureDueBy()).isNull();
        hold(plan, LocalDate.of(2027, 4, 20), ReviewDecision.CLOSE);
        assertThat(plan.closureDueBy()).isEqualTo(ENGLAND.closureSummaryDue(LocalDate.of(2027, 4, 20))).isEqualTo(plan.closureSummaryDueBy());
        plan.close(ClosureReason.OUTCOMES_ACHIEVED, LocalDate.of(2027, 4, 21), "Done", CLOCK);
        assertThat(plan.closureDueBy()).isNull();
        assertThat(FollowUps.closureDueBy(PlanStatus.ACTIVE, TODAY)).isEqualTo(TODAY);
        assertThat(FollowUps.closureDueBy(PlanStatus.CLOSED, TODAY)).isNull();
    }
}
