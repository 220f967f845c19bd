package org.earlyhelp.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Every list in a plan request has a maximum (conventions: bounded input). */
class PlanRequestBoundsTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    @Test
    void a_plan_with_a_hundred_thousand_goals_is_refused_naming_goals() {
        var goal = new PlanRequests.NewGoal("HOUSING", "d", "m", DAY);
        var plan = new PlanRequests.NewPlan(java.util.UUID.randomUUID(),
                new PlanRequests.Member("u", "n", "a", "r"), DAY, Collections.nCopies(100_000, goal));
        assertThat(VALIDATOR.validate(plan)).extracting(v -> v.getPropertyPath().toString()).contains("goals");
    }

    @Test
    void an_outcome_with_a_hundred_thousand_attendees_or_progress_notes_is_refused_naming_them() {
        var outcome = new PlanRequests.Outcome(DAY, Collections.nCopies(100_000, "someone"),
                Collections.nCopies(100_000, new PlanRequests.Progress(java.util.UUID.randomUUID(), ActionStatus.values()[0], null)),
                null, ReviewDecision.values()[0], null, null, null, null, null, null, null);
        assertThat(VALIDATOR.validate(outcome)).extracting(v -> v.getPropertyPath().toString())
                .contains("attendees", "actionProgress");
    }

    @Test
    void a_need_indicator_longer_than_a_code_is_refused() {
        var goal = new PlanRequests.NewGoal("A".repeat(101), "d", "m", DAY);
        assertThat(VALIDATOR.validate(goal)).extracting(v -> v.getPropertyPath().toString()).contains("needIndicator");
    }

    @Test
    void ordinary_requests_pass() {
        var goal = new PlanRequests.NewGoal("HOUSING", "d", "m", DAY);
        assertThat(VALIDATOR.validate(goal)).isEmpty();
    }

    @Test
    void goal_and_action_edits_and_withdrawals_are_bounded_and_not_blank() {
        String tooLong = "x".repeat(2001);
        assertThat(VALIDATOR.validate(new PlanRequests.GoalChange("A".repeat(101), tooLong, tooLong, null)))
                .extracting(v -> v.getPropertyPath().toString()).contains("needIndicator", "description", "measure");
        assertThat(VALIDATOR.validate(new PlanRequests.GoalChange(null, " ", "", null)))
                .extracting(v -> v.getPropertyPath().toString()).contains("description", "measure");
        assertThat(VALIDATOR.validate(new PlanRequests.ActionChange(tooLong, new ActionOwner("n".repeat(201), "a"), null, null)))
                .extracting(v -> v.getPropertyPath().toString()).contains("description", "owner.name");
        assertThat(VALIDATOR.validate(new PlanRequests.Withdrawal(tooLong))).extracting(v -> v.getPropertyPath().toString()).contains("reason");
        assertThat(VALIDATOR.validate(new PlanRequests.Withdrawal(" "))).extracting(v -> v.getPropertyPath().toString()).contains("reason");
        assertThat(VALIDATOR.validate(new PlanRequests.GoalChange(null, null, "Asleep by 8pm", DAY))).isEmpty();
        assertThat(VALIDATOR.validate(new PlanRequests.ActionChange(null, null, null, ActionStatus.DONE))).isEmpty();
    }

    @Test
    void team_members_handovers_and_sharings_are_bounded() {
        var member = new PlanRequests.TeamMemberEntry(null, "Grace Gran", null, null, "g".repeat(101), "c".repeat(201));
        assertThat(VALIDATOR.validate(member)).extracting(v -> v.getPropertyPath().toString()).contains("relationship", "contactPreference");
        assertThat(VALIDATOR.validate(new PlanRequests.TeamMemberEntry(" ", "n".repeat(201), "a".repeat(101), "r".repeat(101), null, null)))
                .extracting(v -> v.getPropertyPath().toString()).contains("userId", "name", "agency", "role");
        assertThat(VALIDATOR.validate(new PlanRequests.Team(Collections.nCopies(51, member)))).extracting(v -> v.getPropertyPath().toString())
                .contains("members");
        assertThat(VALIDATOR.validate(new PlanRequests.Sharing(DAY, Collections.nCopies(51, "family"))))
                .extracting(v -> v.getPropertyPath().toString()).contains("sharedWith");
        assertThat(VALIDATOR.validate(new PlanRequests.Sharing(DAY, java.util.List.of()))).extracting(v -> v.getPropertyPath().toString())
                .contains("sharedWith");
        assertThat(VALIDATOR.validate(new PlanRequests.Sharing(DAY, java.util.List.of("s".repeat(201))))).isNotEmpty();
        assertThat(VALIDATOR.validate(new PlanRequests.Sharing(null, java.util.List.of("family")))).extracting(v -> v.getPropertyPath().toString())
                .contains("sharedOn");
        assertThat(VALIDATOR.validate(new PlanRequests.HandoverCompletion(null))).extracting(v -> v.getPropertyPath().toString())
                .contains("heldOn");
        assertThat(VALIDATOR.validate(new PlanRequests.TeamMemberEntry(null, "Grace Gran", null, null, "grandparent", "Text after 6pm"))).isEmpty();
        assertThat(VALIDATOR.validate(new PlanRequests.Sharing(DAY, java.util.List.of("family", "school")))).isEmpty();
    }

    @Test
    void a_taf_meeting_and_its_goal_outcomes_are_bounded() {
        var contribution = new Contribution(new Contribution.From("Hal", "housing"), "s");
        var goalOutcome = new GoalOutcome(java.util.UUID.randomUUID(), GoalOutcome.Outcome.ACHIEVED, null);
        var outcome = new PlanRequests.Outcome(DAY, null, null, "views", ReviewDecision.CONTINUE, null,
                Collections.nCopies(51, "someone"), Collections.nCopies(31, contribution), "x".repeat(4001), null, null,
                Collections.nCopies(101, goalOutcome));
        assertThat(VALIDATOR.validate(outcome)).extracting(v -> v.getPropertyPath().toString())
                .contains("invited", "contributions", "significantEvents", "goalOutcomes");
        var tooLong = new PlanRequests.Outcome(DAY, null, null, "views", ReviewDecision.CONTINUE, null, java.util.List.of("x".repeat(201)),
                java.util.List.of(new Contribution(new Contribution.From("n".repeat(201), "a".repeat(101)), "s".repeat(4001)),
                        new Contribution(new Contribution.From(" ", null), " ")),
                null, null, null, java.util.List.of(new GoalOutcome(java.util.UUID.randomUUID(), GoalOutcome.Outcome.ACHIEVED, "n".repeat(2001)),
                        new GoalOutcome(null, null, null)));
        assertThat(VALIDATOR.validate(tooLong)).extracting(v -> v.getPropertyPath().toString())
                .contains("invited[0].<list element>", "contributions[0].from.name", "contributions[0].from.agency", "contributions[0].summary",
                        "contributions[1].from.name", "contributions[1].summary", "goalOutcomes[0].note", "goalOutcomes[1].goalId",
                        "goalOutcomes[1].outcome");
        var closure = new PlanRequests.Closure(ClosureReason.OUTCOMES_ACHIEVED, DAY, "s", Collections.nCopies(101, goalOutcome));
        assertThat(VALIDATOR.validate(closure)).extracting(v -> v.getPropertyPath().toString()).contains("goalOutcomes");
        assertThat(VALIDATOR.validate(new PlanRequests.Outcome(DAY, null, null, "views", ReviewDecision.CONTINUE, null, java.util.List.of("Mum"),
                java.util.List.of(new Contribution(new Contribution.From("Gran", null), "School runs")), "A move", true, null,
                java.util.List.of(goalOutcome)))).isEmpty();
    }

    @Test
    void a_reschedule_is_bounded_and_names_its_date() {
        assertThat(VALIDATOR.validate(new PlanRequests.Reschedule(null, "x".repeat(2001)))).extracting(v -> v.getPropertyPath().toString())
                .contains("dueBy", "reason");
        assertThat(VALIDATOR.validate(new PlanRequests.Reschedule(DAY, "The family is away"))).isEmpty();
    }
}
