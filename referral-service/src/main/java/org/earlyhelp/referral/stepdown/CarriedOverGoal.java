package org.earlyhelp.referral.stepdown;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A goal of CSC's plan that early help carries on: a need indicator code, what, how it is measured, by when. */
public record CarriedOverGoal(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Z_]+", message = "must be a need indicator code") String needIndicator,
        @NotBlank @Size(max = 2000) String description,
        @NotBlank @Size(max = 2000) String measure,
        @Schema(description = "By when (a date people plan): not before the step-down's proposedOn "
                + "(422 target-date-after-proposal); never compared with today, so a goal whose date has passed by the time "
                + "the step-down is recorded is accepted", format = "date", example = "2026-07-17")
        @NotNull LocalDate targetDate) {
}
