package org.earlyhelp.referral.stepup;

import java.util.UUID;

/** {@code GET /api/referrals?familyId=&planId=&status=}: every filter optional. */
public record ReferralFilter(UUID familyId, UUID planId, ReferralStatus status) {
}
