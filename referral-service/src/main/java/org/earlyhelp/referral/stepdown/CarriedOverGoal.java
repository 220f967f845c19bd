package org.earlyhelp.referral.stepdown;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A goal of CSC's plan that early help carries on: a need indicator code, what, how it is measured, by when. */
public record CarriedOverGoal(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Z_]+", message = "must be a need indicator code") String needIndicator,
        @NotBlank @Size(max = 2000) String description,
        @NotBlank @Size(max = 2000) String measure,
        @NotNull LocalDate targetDate) {
}
