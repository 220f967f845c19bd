package org.earlyhelp.plan.plan;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A goal's outcome as a review or the closure records it: one of this plan's goals that is not withdrawn (422
 * {@value ReviewRules#OUTCOME_FOR_THIS_PLANS_GOALS}), named once. The note stays in plan-service, never in an event.
 */
public record GoalOutcome(
        @NotNull UUID goalId,
        @Schema(description = "ACHIEVED, PARTLY_ACHIEVED or NOT_ACHIEVED") @NotNull Outcome outcome,
        @Size(max = 2000) String note) {

    /** The outcomes a goal may be given; each is also the goal's status. */
    public enum Outcome {
        ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED;

        public GoalStatus status() {
            return GoalStatus.valueOf(name());
        }
    }
}
