package org.earlyhelp.assessment.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public final class AssessmentRequests {

    public record Start(
            @NotNull UUID familyId,
            @NotEmpty @Size(max = 30) List<@NotNull UUID> childMemberIds,
            @NotNull @Valid LeadProfessional leadProfessional,
            @NotBlank @Size(max = 4000) String reasonForAssessment) {
    }

    public record Complete(@NotNull LocalDate completedOn) {
    }

    private AssessmentRequests() {
    }
}
