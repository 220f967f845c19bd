package org.earlyhelp.assessment.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record FamilyView(UUID id, String area, String familyName, String postcode, List<MemberView> members,
        Instant registeredAt, List<ConsentRefusalView> consentRefusals) {

    /** {@code expectedDateOfBirth} for a member recorded unborn (kept after the birth); names may be absent while unborn. */
    public record MemberView(UUID id, String givenName, String familyName, LocalDate dateOfBirth, MemberRole role,
            String nhsNumber, String upn, LocalDate expectedDateOfBirth) {
        public static MemberView of(FamilyMember m) {
            return new MemberView(m.id(), m.givenName(), m.familyName(), m.dateOfBirth(), m.role(), m.nhsNumber(), m.upn(),
                    m.expectedDateOfBirth());
        }
    }

    /** A time the family declined early help, on the family's record. */
    public record ConsentRefusalView(UUID id, UUID refusedByMemberId, LocalDate refusedOn, String reasons,
            List<String> universalServicesOffered, boolean toldDataIsRecorded, String recordedBy, Instant recordedAt) {
        public static ConsentRefusalView of(ConsentRefusal r) {
            return new ConsentRefusalView(r.id(), r.refusedByMemberId(), r.refusedOn(), r.reasons(), r.universalServicesOffered(),
                    r.toldDataIsRecorded(), r.recordedBy(), r.recordedAt());
        }
    }

    public static FamilyView of(Family f) {
        return new FamilyView(f.id(), f.area(), f.familyName(), f.postcode(), f.members().stream().map(MemberView::of).toList(),
                f.registeredAt(), f.consentRefusals().stream().map(ConsentRefusalView::of).toList());
    }
}
