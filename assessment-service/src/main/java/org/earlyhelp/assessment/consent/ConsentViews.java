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

    /**
     * {@code decidedBy}/{@code decidedAt}: who recorded the decision and when; {@code approval}: the manager's answer to a
     * share without consent (absent until given).
     */
    public record SharingDecisionView(UUID id, UUID familyId, boolean shared, boolean withConsent, SharingGround ground, String what,
            String withWhom, String reason, String managerUserId, SharingDecisionStatus status, LocalDate sharedOn, String decidedBy,
            Instant decidedAt, Approval approval) {
        public static SharingDecisionView of(SharingDecision d) {
            Approval approval = d.approvalDecidedBy() == null ? null
                    : new Approval(d.status() == SharingDecisionStatus.APPROVED, d.approvalDecidedBy(), d.approvalDecidedOn(), d.approvalNote());
            return new SharingDecisionView(d.id(), d.familyId(), d.shared(), d.withConsent(), d.ground(), d.what(), d.withWhom(), d.reason(),
                    d.managerUserId(), d.status(), d.sharedOn(), d.decidedBy(), d.decidedAt(), approval);
        }
    }

    public record Approval(boolean approved, String decidedBy, LocalDate decidedOn, String note) {
    }

    private ConsentViews() {
    }
}
