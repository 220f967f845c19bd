package org.earlyhelp.plan.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What someone at a TAF meeting (or sending word to it) contributed: who, from which agency, and a summary. Narrative: never in an event or a log. */
public record Contribution(@NotNull @Valid From from, @NotBlank @Size(max = 4000) String summary) {

    /** Who contributed: a name (required), their agency (optional: a family member has none). */
    public record From(@NotBlank @Size(max = 200) String name, @Size(max = 100) String agency) {
    }
}
