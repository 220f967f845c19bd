package org.earlyhelp.referral.escalation;

import java.util.UUID;

/** {@code GET /api/escalations?familyId=&status=}: every filter optional. */
public record EscalationFilter(UUID familyId, EscalationStatus status) {
}
