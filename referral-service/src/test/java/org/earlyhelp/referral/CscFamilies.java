package org.earlyhelp.referral;

import java.util.List;
import java.util.UUID;

import org.earlyhelp.localstack.TestTokens;
import org.earlyhelp.platform.access.FamilyCircle;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Families children's social care already sees, as the circle holds them once CSC registered the family
 * (FamilyRegistered by an agency of CSC). Written straight into the projection: the events that build it are tested in
 * {@code FamilyCircleProjectionTest}; here a test only needs a family a step-down may name.
 */
public final class CscFamilies {

    /** A new family of the default area that CSC sees. */
    public static UUID known() {
        UUID familyId = UUID.randomUUID();
        FamilyCircle circle = Arc.container().instance(FamilyCircle.class).get();
        QuarkusTransaction.requiringNew().run(() -> circle.addAgencies(TestTokens.DEFAULT_AREA, familyId,
                List.of(FamilyCircle.CHILDRENS_SOCIAL_CARE), familyId));
        return familyId;
    }

    private CscFamilies() {
    }
}
