package org.earlyhelp.assessment.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;
import org.junit.jupiter.api.Test;

class ConsentRulesTest {

    static final Caller HV = new Caller("hv", "isle-of-wight", "health", Set.of("practitioner"));
    final UUID mum = UUID.randomUUID();
    final UUID child = UUID.randomUUID();

    Consent consent() {
        return Consent.record(UUID.randomUUID(), Set.of(mum, child), mum, List.of(child), List.of(ConsentPurpose.ASSESSMENT),
                List.of("school"), ConsentMethod.WRITTEN, LocalDate.of(2026, 11, 20), HV, Instant.now());
    }

    @Test
    void consentCoversOnlyItsMembersAndPurposesWhileActive() {
        Consent consent = consent();
        assertThat(consent.covers(child, ConsentPurpose.ASSESSMENT)).isTrue();
        assertThat(consent.covers(mum, ConsentPurpose.ASSESSMENT)).isFalse();
        assertThat(consent.covers(child, ConsentPurpose.INFORMATION_SHARING)).isFalse();
        consent.withdraw(LocalDate.of(2026, 11, 25), "Family no longer wants support", HV);
        assertThat(consent.covers(child, ConsentPurpose.ASSESSMENT)).isFalse();
    }

    @Test
    void theGiverAndEveryCoveredMemberBelongToTheFamily() {
        assertThatThrownBy(() -> Consent.record(UUID.randomUUID(), Set.of(mum, child), UUID.randomUUID(), List.of(child),
                List.of(ConsentPurpose.ASSESSMENT), List.of(), ConsentMethod.VERBAL, LocalDate.now(), HV, Instant.now()))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Consent.record(UUID.randomUUID(), Set.of(mum, child), mum, List.of(UUID.randomUUID()),
                List.of(ConsentPurpose.ASSESSMENT), List.of(), ConsentMethod.VERBAL, LocalDate.now(), HV, Instant.now()))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aWithdrawalIsOnceAndNotBeforeTheConsent() {
        Consent consent = consent();
        assertThatThrownBy(() -> consent.withdraw(LocalDate.of(2026, 11, 1), "x", HV)).isInstanceOf(RuleViolation.class);
        consent.withdraw(LocalDate.of(2026, 11, 25), "x", HV);
        assertThatThrownBy(() -> consent.withdraw(LocalDate.of(2026, 11, 26), "x", HV)).isInstanceOf(ConflictingState.class);
    }

    @Test
    void everySharingDecisionNeedsAReason() {
        assertThatThrownBy(() -> SharingDecision.record(UUID.randomUUID(), true, true, "Assessment", "GP", " ", null, HV, Instant.now()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reason");
    }

    @Test
    void sharingWithoutConsentNeedsAManagerSharingWithConsentOrNotSharingDoesNot() {
        assertThatThrownBy(() -> SharingDecision.record(UUID.randomUUID(), true, false, "Assessment", "Police", "Risk of significant harm",
                null, HV, Instant.now())).isInstanceOf(RuleViolation.class).hasMessageContaining("manager");
        assertThat(SharingDecision.record(UUID.randomUUID(), true, false, "Assessment", "Police", "Risk of significant harm", "manager",
                HV, Instant.now()).managerUserId()).isEqualTo("manager");
        assertThat(SharingDecision.record(UUID.randomUUID(), true, true, "Assessment", "GP", "Family agreed", null, HV, Instant.now()))
                .isNotNull();
        assertThat(SharingDecision.record(UUID.randomUUID(), false, false, "Assessment", "Housing", "Not relevant", null, HV, Instant.now()))
                .isNotNull();
    }
}
