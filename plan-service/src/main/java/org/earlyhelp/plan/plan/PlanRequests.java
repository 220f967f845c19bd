package org.earlyhelp.plan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the plan calls (api.md). */
public final class PlanRequests {

    public record NewGoal(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Z_]+", message = "must be a need indicator code") String needIndicator,
            @NotBlank @Size(max = 2000) String description,
            @NotBlank @Size(max = 2000) String measure,
            @NotNull LocalDate targetDate) {
    }

    public record NewAction(@NotBlank @Size(max = 2000) String description, @NotNull @Valid ActionOwner owner, @NotNull LocalDate dueDate) {
    }

    public record Member(@NotBlank @Size(max = 200) String userId, @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String agency, @NotBlank @Size(max = 100) String role) {
        TeamMember toTeamMember() {
            return new TeamMember(userId, name, agency, role);
        }
    }

    public record Team(@NotNull @Size(max = 50) @Valid List<@NotNull @Valid Member> members) {
    }

    public record NewHandover(@NotNull @Valid Member to, LocalDate warmHandoverOn, @Size(max = 2000) String note) {
    }

    public record Progress(@NotNull UUID actionId, @NotNull ActionStatus status, @Size(max = 2000) String note) {
    }

    public record Outcome(
            @NotNull LocalDate heldOn,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> attendees,
            @Size(max = 100) @Valid List<@NotNull @Valid Progress> actionProgress,
            @Size(max = 10000) String childAndFamilyViews,
            @NotNull ReviewDecision decision,
            LocalDate nextReviewDueBy) {

        ReviewOutcome toOutcome() {
            return new ReviewOutcome(heldOn, attendees,
                    actionProgress == null ? List.of() : actionProgress.stream()
                            .map(p -> new ReviewOutcome.ActionProgress(p.actionId(), p.status(), p.note())).toList(),
                    childAndFamilyViews, decision, nextReviewDueBy);
        }
    }

    public record NewPlan(@NotNull UUID familyId, @NotNull @Valid Member leadProfessional, LocalDate openedOn,
            @Size(max = 100) @Valid List<@NotNull @Valid NewGoal> goals) {
    }

    public record Agreement(@NotNull LocalDate agreedOn,
            @NotNull @Size(max = 7) @Pattern(regexp = "VERBAL|WRITTEN|DIGITAL", message = "must be one of [VERBAL, WRITTEN, DIGITAL]") String method) {
    }

    public record Closure(@NotNull ClosureReason reason, @NotNull LocalDate agreedOn, @NotBlank @Size(max = 10000) String summary) {
    }

    private PlanRequests() {
    }
}
