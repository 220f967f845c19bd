package org.earlyhelp.events.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/** {@code urgent}: significant harm is suspected; CSC is alerted at once. */
public record StepUpReferralSubmittedV1(UUID familyId, String area, UUID referralId, UUID planId,
        List<UUID> childMemberIds, boolean urgent, boolean familyConsented, String referrerUserId, Instant submittedAt)
        implements FamilyEvent {
}
