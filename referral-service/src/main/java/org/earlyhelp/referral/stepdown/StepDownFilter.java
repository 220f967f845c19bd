package org.earlyhelp.referral.stepdown;

import java.util.UUID;

/** {@code GET /api/step-downs?familyId=&status=}: every filter optional. */
public record StepDownFilter(UUID familyId, StepDownStatus status) {
}
