package org.earlyhelp.assessment.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record FamilyView(UUID id, String area, String familyName, String postcode, List<MemberView> members,
        Instant registeredAt) {

    public record MemberView(UUID id, String givenName, String familyName, LocalDate dateOfBirth, MemberRole role,
            String nhsNumber, String upn) {
        public static MemberView of(FamilyMember m) {
            return new MemberView(m.id(), m.givenName(), m.familyName(), m.dateOfBirth(), m.role(), m.nhsNumber(), m.upn());
        }
    }

    public static FamilyView of(Family f) {
        return new FamilyView(f.id(), f.area(), f.familyName(), f.postcode(), f.members().stream().map(MemberView::of).toList(),
                f.registeredAt());
    }
}
