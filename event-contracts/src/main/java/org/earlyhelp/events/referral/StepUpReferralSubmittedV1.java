package org.earlyhelp.events.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.FamilyEvent;

/**
 * {@code urgent}: significant harm is suspected; CSC is alerted at once. {@code referredOn}: the day the referral was made,
 * as the referrer recorded it (it may be earlier than {@code submittedAt}, the moment it was typed in); null on events
 * published before it was recorded, where the day of {@code submittedAt} stands for it.
 */
public record StepUpReferralSubmittedV1(UUID familyId, String area, UUID referralId, UUID planId,
        List<UUID> childMemberIds, boolean urgent, boolean familyConsented, String referrerUserId, Instant submittedAt,
        LocalDate referredOn) implements FamilyEvent {

    /** The event as it was before {@code referredOn}: for producers (and tests) that do not know the day yet. */
    public StepUpReferralSubmittedV1(UUID familyId, String area, UUID referralId, UUID planId, List<UUID> childMemberIds,
            boolean urgent, boolean familyConsented, String referrerUserId, Instant submittedAt) {
        this(familyId, area, referralId, planId, childMemberIds, urgent, familyConsented, referrerUserId, submittedAt, null);
    }
}
