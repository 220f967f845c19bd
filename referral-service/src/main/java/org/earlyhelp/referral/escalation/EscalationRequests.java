package org.earlyhelp.referral.escalation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the escalation calls (api.md, "People and decisions"). */
public final class EscalationRequests {

    public record Raise(
            @NotNull UUID familyId,
            @Schema(description = "The agency the raiser disagrees with (an agency code, as in tokens' agency claim), not the raiser's own "
                    + "(422 escalation-with-another-agency)", example = "health")
            @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be an agency code (lower case letters, digits, -)")
            String withAgency,
            @NotBlank @Size(max = 4000) String concern,
            @NotBlank @Size(max = 4000) String desiredOutcome,
            @Schema(description = "The day the disagreement was raised (a date people record, Europe/London); default today. Not after "
                    + "today (422 recorded-date-not-after-today); the stage's respondBy counts from it", format = "date", example = "2027-03-01")
            LocalDate raisedOn) {

        Escalation.Raise toRaise() {
            return new Escalation.Raise(familyId, withAgency, concern, desiredOutcome, raisedOn);
        }
    }

    public record Respond(
            @NotBlank @Size(max = 4000) String response,
            @Schema(description = "The day of the answer; default today. Not after today, not before the stage started (422 "
                    + "response-after-stage-start)", format = "date", example = "2027-03-04")
            LocalDate respondedOn) {
    }

    public record Escalate(
            @NotBlank @Size(max = 4000) String reason,
            @Schema(description = "The day it was escalated; default today. Not after today, not before the previous step (422 "
                    + "escalation-after-previous-step); an unanswered stage only after its respondBy (422 "
                    + "escalation-after-answer-or-deadline)", format = "date", example = "2027-03-09")
            LocalDate escalatedOn) {
    }

    public record Resolve(
            @NotBlank @Size(max = 4000) String resolution,
            @Schema(description = "The day it was resolved; default today. Not after today, not before the previous step (422 "
                    + "resolution-after-previous-step)", format = "date", example = "2027-03-12")
            LocalDate resolvedOn) {
    }

    private EscalationRequests() {
    }
}
