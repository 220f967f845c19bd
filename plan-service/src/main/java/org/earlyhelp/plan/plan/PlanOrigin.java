package org.earlyhelp.plan.plan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An assessment or step-down that opened or joined the plan: the plan is found by any of them. */
@Embeddable
public record PlanOrigin(@Enumerated(EnumType.STRING) PlanOriginKind origin, @Column(name = "origin_ref") UUID originRef,
        @Column(name = "joined_on") LocalDate joinedOn) {
}
