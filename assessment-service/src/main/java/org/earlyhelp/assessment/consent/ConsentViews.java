package org.earlyhelp.assessment.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

public final class ConsentViews {

    public record ConsentView(UUID id, UUID familyId, UUID givenByMemberId, Set<UUID> coversMemberIds, Set<ConsentPurpose> purposes,
            Set<String> sharedWithAgencies, ConsentMethod method, LocalDate givenOn, String recordedBy, Instant recordedAt,
            boolean active, LocalDate withdrawnOn, String withdrawalReason) {
        public static ConsentView of(Consent c) {
            return new ConsentView(c.id(), c.familyId(), c.givenByMemberId(), c.coversMemberIds(), c.purposes(), c.sharedWithAgencies(),
                    c.method(), c.givenOn(), c.recordedBy(), c.recordedAt(), c.isActive(), c.withdrawnOn(), c.withdrawalReason());
        }
    }

    public record SharingDecisionView(UUID id, UUID familyId, boolean shared, boolean withConsent, String what, String withWhom,
            String reason, String managerUserId, String decidedBy, Instant decidedAt) {
        public static SharingDecisionView of(SharingDecision d) {
            return new SharingDecisionView(d.id(), d.familyId(), d.shared(), d.withConsent(), d.what(), d.withWhom(), d.reason(),
                    d.managerUserId(), d.decidedBy(), d.decidedAt());
        }
    }

    private ConsentViews() {
    }
}
