package org.earlyhelp.plan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies of the plan calls (api.md). Dates people record (openedOn, heldOn, agreedOn, a past warmHandoverOn) are the
 * days things happened, given by them: never after today (Europe/London), never before the fact they follow; dates people
 * plan are measured from the plan's own dates, never from today.
 */
public final class PlanRequests {

    public record NewGoal(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Z_]+", message = "must be a need indicator code") String needIndicator,
            @NotBlank @Size(max = 2000) String description,
            @NotBlank @Size(max = 2000) String measure,
            @Schema(description = "When the goal is to be met (a date people plan): after the plan's openedOn "
                    + "(422 target-date-after-plan-opened); not compared with today", format = "date", example = "2026-07-17")
            @NotNull LocalDate targetDate) {
    }

    public record NewAction(@NotBlank @Size(max = 2000) String description, @NotNull @Valid ActionOwner owner,
            @Schema(description = "When the action is due (a date people plan): not before the plan's openedOn "
                    + "(422 due-date-after-plan-opened); not compared with today", format = "date", example = "2026-04-30")
            @NotNull LocalDate dueDate) {
    }

    /** {@code PATCH /api/plans/{id}/goals/{goalId}}: any of these; an absent (or null) field is left as it is. */
    @Schema(description = "A partial edit of a goal: any of description, measure, targetDate, needIndicator; absent fields are left as "
            + "they are. A draft goal given a measure and a target date is a draft no longer")
    public record GoalChange(
            @Size(max = 100) @Pattern(regexp = "[A-Z_]+", message = "must be a need indicator code") String needIndicator,
            @Size(min = 1, max = 2000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String description,
            @Size(min = 1, max = 2000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String measure,
            @Schema(description = "When the goal is to be met (a date people plan): after the plan's openedOn "
                    + "(422 target-date-after-plan-opened); not compared with today", format = "date", example = "2026-07-17")
            LocalDate targetDate) {

        GoalEdit toEdit() {
            return new GoalEdit(description, measure, targetDate, needIndicator);
        }
    }

    /** {@code PATCH /api/plans/{id}/goals/{goalId}/actions/{actionId}}: any of these; an absent (or null) field is left as it is. */
    @Schema(description = "A partial edit of an action: any of description, owner, dueDate, status; absent fields are left as they are. "
            + "WITHDRAWN is not set by an edit (422 withdraw-with-a-reason): use the withdrawal")
    public record ActionChange(
            @Size(min = 1, max = 2000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String description,
            @Valid ActionOwner owner,
            @Schema(description = "When the action is due (a date people plan): not before the plan's openedOn "
                    + "(422 due-date-after-plan-opened); not compared with today", format = "date", example = "2026-04-30")
            LocalDate dueDate,
            @Schema(description = "NOT_STARTED, IN_PROGRESS or DONE") ActionStatus status) {

        ActionEdit toEdit() {
            return new ActionEdit(description, owner, dueDate, status);
        }
    }

    /** {@code POST .../withdrawal}: a goal or an action is withdrawn with a reason, never deleted. */
    public record Withdrawal(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Member(@NotBlank @Size(max = 200) String userId, @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String agency, @NotBlank @Size(max = 100) String role) {
    }

    public record Team(@NotNull @Size(max = 50) @Valid List<@NotNull @Valid TeamMemberEntry> members) {
    }

    public record NewHandover(@NotNull @Valid Member to,
            @Schema(description = "The day the new lead professional meets the family with the old one: recorded when past or today "
                    + "(the handover HELD on it), planned when still to come (PLANNED until confirmed); none given, HELD today; not "
                    + "before the plan's openedOn (422 handover-after-plan-opened)", format = "date", example = "2026-04-01")
            LocalDate warmHandoverOn,
            @Size(max = 2000) String note,
            @Schema(description = "Whether the family agreed to the new lead professional; required (422 "
                    + "handover-records-family-agreement naming familyAgreed)")
            Boolean familyAgreed) {
    }

    // --- issue 18: the family's network in the team, handovers confirmed, the revised plan shared ---

    /**
     * A member of the team around the family: a practitioner ({@code userId, name, agency, role}: they see the plan) or
     * someone in the family's network with no {@code userId} ({@code name, relationship}, optionally
     * {@code contactPreference}, agency, role: they never see the plan, and may own actions).
     */
    @Schema(description = "A practitioner (userId, name, agency, role) or someone in the family's network (no userId: name, relationship, "
            + "contactPreference?); a member with neither userId nor relationship is 422 network-member-has-a-relationship, a "
            + "practitioner without agency or role 422 practitioner-has-agency-and-role")
    public record TeamMemberEntry(
            @Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String userId,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String agency,
            @Size(max = 100) String role,
            @Schema(description = "A network member's relationship to the family, e.g. grandparent, family friend", example = "grandparent")
            @Size(max = 100) String relationship,
            @Schema(description = "How a network member likes to be contacted", example = "Text after 6pm")
            @Size(max = 200) String contactPreference) {

        TeamMember toTeamMember() {
            return new TeamMember(userId, name, agency, role, relationship, contactPreference);
        }
    }

    /** {@code POST /api/plans/{id}/lead-professional-handovers/{handoverId}/completion}: a planned warm handover took place. */
    public record HandoverCompletion(
            @Schema(description = "The day the warm handover took place (a date people record, Europe/London): not after today "
                    + "(422 recorded-date-not-after-today), not before the plan's openedOn (422 handover-after-plan-opened)",
                    format = "date", example = "2026-04-02")
            @NotNull LocalDate heldOn) {
    }

    /** {@code POST /api/plans/{id}/sharing}: the revised plan went to the family and the team. */
    public record Sharing(
            @Schema(description = "The day the revised plan was shared (a date people record, Europe/London): not after today "
                    + "(422 recorded-date-not-after-today), not before the last review held or, before any, the plan's openedOn "
                    + "(422 sharing-after-last-review)", format = "date", example = "2026-04-24")
            @NotNull LocalDate sharedOn,
            @Schema(description = "Who it went to, e.g. family, school", example = "[\"family\", \"school\"]")
            @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 200) String> sharedWith) {
    }

    // --- end of issue 18 requests ---

    public record Progress(@NotNull UUID actionId, @NotNull ActionStatus status, @Size(max = 2000) String note) {
    }

    public record Outcome(
            @Schema(description = "The day the review was held (a date people record, Europe/London): not after today "
                    + "(422 recorded-date-not-after-today), not before the plan's openedOn (422 review-after-plan-opened), not before "
                    + "the previous review's heldOn (422 review-after-previous-review)", format = "date", example = "2026-04-16")
            @NotNull LocalDate heldOn,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> attendees,
            @Size(max = 100) @Valid List<@NotNull @Valid Progress> actionProgress,
            @Schema(description = "The child's and the family's views: required (absent or blank is 422 child-and-family-views, "
                    + "field childAndFamilyViews)")
            @Size(max = 10000) String childAndFamilyViews,
            @NotNull ReviewDecision decision,
            @Schema(description = "When the next review is due (a date people plan): after heldOn (422 next-review-after-this-one), "
                    + "at most 84 days after it (422 review-interval-at-most-12-weeks); default heldOn + 42 days", format = "date",
                    example = "2026-05-28")
            LocalDate nextReviewDueBy,
            @Schema(description = "Who was invited to the TAF meeting") @Size(max = 50) List<@NotBlank @Size(max = 200) String> invited,
            @Schema(description = "What each contributed: from {name, agency?}, summary")
            @Size(max = 30) @Valid List<@NotNull @Valid Contribution> contributions,
            @Schema(description = "Significant events since the last review") @Size(max = 4000) String significantEvents,
            @Schema(description = "Whether the family agreed the plan at the meeting; absent: not recorded") Boolean agreedByFamily,
            @Schema(description = "Whether the professionals agreed the plan at the meeting; absent: not recorded") Boolean agreedByProfessionals,
            @Schema(description = "Outcomes of goals: each a goal of this plan, not withdrawn (422 outcome-for-this-plans-goals), once "
                    + "(422 one-outcome-per-goal); sets the goal's status")
            @Size(max = 100) @Valid List<@NotNull @Valid GoalOutcome> goalOutcomes) {

        ReviewOutcome toOutcome() {
            return new ReviewOutcome(heldOn, attendees,
                    actionProgress == null ? List.of() : actionProgress.stream()
                            .map(p -> new ReviewOutcome.ActionProgress(p.actionId(), p.status(), p.note())).toList(),
                    childAndFamilyViews, decision, nextReviewDueBy, invited == null ? List.of() : invited,
                    contributions == null ? List.of() : contributions, significantEvents, agreedByFamily, agreedByProfessionals,
                    goalOutcomes == null ? List.of() : goalOutcomes);
        }
    }

    /** {@code POST /api/plans/{id}/reviews/{reviewId}/reschedule}: an open review due on another day, with a reason. */
    public record Reschedule(
            @Schema(description = "The review's new due date (a date people plan; not compared with today): not before the last review "
                    + "held, or the plan's openedOn (422 review-due-after-last-review), at most 84 days after it (422 review-within-12-weeks)",
                    format = "date", example = "2026-05-28")
            @NotNull LocalDate dueBy,
            @Schema(description = "Why the review moves: required (absent or blank is 422 reschedule-with-a-reason)")
            @Size(max = 2000) String reason) {
    }

    public record NewPlan(@NotNull UUID familyId, @NotNull @Valid Member leadProfessional,
            @Schema(description = "The day the plan was opened (a date people record, Europe/London), default today: not after "
                    + "today (422 recorded-date-not-after-today); the initial review is due 20 working days after it", format = "date",
                    example = "2026-03-23")
            LocalDate openedOn,
            @Size(max = 100) @Valid List<@NotNull @Valid NewGoal> goals) {
    }

    public record Agreement(
            @Schema(description = "The day the family agreed to the plan (a date people record, Europe/London): not after today "
                    + "(422 recorded-date-not-after-today), not before the plan's openedOn (422 agreement-after-plan-opened)",
                    format = "date", example = "2026-03-24")
            @NotNull LocalDate agreedOn,
            @NotNull @Size(max = 7) @Pattern(regexp = "VERBAL|WRITTEN|DIGITAL", message = "must be one of [VERBAL, WRITTEN, DIGITAL]") String method) {
    }

    public record Closure(@NotNull ClosureReason reason,
            @Schema(description = "The day the closure was agreed (a date people record, Europe/London): not after today "
                    + "(422 recorded-date-not-after-today), not before the plan's openedOn (422 closure-after-plan-opened) nor the "
                    + "last review's heldOn (422 closure-after-last-review)", format = "date", example = "2026-07-20")
            @NotNull LocalDate agreedOn,
            @NotBlank @Size(max = 10000) String summary,
            @Schema(description = "Outcomes of goals recorded at the closure (recordedOn agreedOn), applied before the closure's rule: "
                    + "OUTCOMES_ACHIEVED with a goal still OPEN is 422 no-open-goals-at-closure naming them")
            @Size(max = 100) @Valid List<@NotNull @Valid GoalOutcome> goalOutcomes) {
    }

    private PlanRequests() {
    }
}
