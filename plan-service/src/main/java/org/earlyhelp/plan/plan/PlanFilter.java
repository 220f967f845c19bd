package org.earlyhelp.plan.plan;

import java.util.UUID;

/** The filters of {@code GET /api/plans}. {@code leadProfessional} is a user id ("me" is resolved before). */
public record PlanFilter(UUID familyId, PlanStatus status, PlanOriginKind origin, UUID originRef, String leadProfessional,
        java.time.LocalDate reviewDueBefore) {
}
