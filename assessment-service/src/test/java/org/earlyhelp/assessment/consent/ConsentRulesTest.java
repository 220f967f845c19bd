package org.earlyhelp.assessment.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.earlyhelp.assessment.family.MemberRole;
import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsentRulesTest {

    static final Caller HV = new Caller("hv", "isle-of-wight", "health", Set.of("practitioner"));
    /** A fixed clock: today is 2026-12-07 in Europe/London. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = RecordedDates.today(CLOCK);
    final UUID mum = UUID.randomUUID();
    final UUID child = UUID.randomUUID();
    final Map<UUID, MemberRole> MEMBERS = Map.of(mum, MemberRole.PARENT, child, MemberRole.CHILD);

    Consent consent() {
        return Consent.record(UUID.randomUUID(), MEMBERS, mum, List.of(child), List.of(ConsentPurpose.ASSESSMENT),
                List.of("school"), ConsentMethod.WRITTEN, LocalDate.of(2026, 11, 20), HV, CLOCK);
    }

    @Test
    void consentCoversOnlyItsMembersAndPurposesWhileActive() {
        Consent consent = consent();
        assertThat(consent.covers(child, ConsentPurpose.ASSESSMENT)).isTrue();
        assertThat(consent.covers(mum, ConsentPurpose.ASSESSMENT)).isFalse();
        assertThat(consent.covers(child, ConsentPurpose.INFORMATION_SHARING)).isFalse();
        consent.withdraw(LocalDate.of(2026, 11, 25), "Family no longer wants support", HV, CLOCK);
        assertThat(consent.covers(child, ConsentPurpose.ASSESSMENT)).isFalse();
    }

    @Test
    void theGiverAndEveryCoveredMemberBelongToTheFamily() {
        assertThatThrownBy(() -> Consent.record(UUID.randomUUID(), MEMBERS, UUID.randomUUID(), List.of(child),
                List.of(ConsentPurpose.ASSESSMENT), List.of(), ConsentMethod.VERBAL, TODAY, HV, CLOCK))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Consent.record(UUID.randomUUID(), MEMBERS, mum, List.of(UUID.randomUUID()),
                List.of(ConsentPurpose.ASSESSMENT), List.of(), ConsentMethod.VERBAL, TODAY, HV, CLOCK))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aWithdrawalIsOnceAndNotBeforeTheConsent() {
        Consent consent = consent();
        assertThatThrownBy(() -> consent.withdraw(LocalDate.of(2026, 11, 1), "x", HV, CLOCK))
                .isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("withdrawal-after-consent");
                    assertThat(e.field()).isEqualTo("withdrawnOn");
                });
        assertThat(consent.isActive()).isTrue();
        consent.withdraw(LocalDate.of(2026, 11, 25), "x", HV, CLOCK);
        assertThatThrownBy(() -> consent.withdraw(LocalDate.of(2026, 11, 26), "x", HV, CLOCK)).isInstanceOf(ConflictingState.class);
    }

    @Test
    @DisplayName("givenOn after today is 422 recorded-date-not-after-today naming givenOn; today and a day years back are fine")
    void aConsentIsNotDatedAfterToday() {
        assertThatThrownBy(() -> Consent.record(UUID.randomUUID(), MEMBERS, mum, List.of(child), List.of(ConsentPurpose.ASSESSMENT),
                List.of(), ConsentMethod.VERBAL, TODAY.plusDays(1), HV, CLOCK))
                .isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo(RecordedDates.NOT_AFTER_TODAY);
                    assertThat(e.field()).isEqualTo("givenOn");
                });
        assertThat(Consent.record(UUID.randomUUID(), MEMBERS, mum, List.of(child), List.of(ConsentPurpose.ASSESSMENT),
                List.of(), ConsentMethod.VERBAL, TODAY, HV, CLOCK).givenOn()).isEqualTo(TODAY);
        assertThat(Consent.record(UUID.randomUUID(), MEMBERS, mum, List.of(child), List.of(ConsentPurpose.ASSESSMENT),
                List.of(), ConsentMethod.VERBAL, TODAY.minusYears(3), HV, CLOCK).recordedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    @DisplayName("withdrawnOn after today is 422 recorded-date-not-after-today naming withdrawnOn, and the consent stays active; today is fine")
    void aWithdrawalIsNotDatedAfterToday() {
        Consent consent = consent();
        assertThatThrownBy(() -> consent.withdraw(TODAY.plusDays(1), "x", HV, CLOCK))
                .isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo(RecordedDates.NOT_AFTER_TODAY);
                    assertThat(e.field()).isEqualTo("withdrawnOn");
                });
        assertThat(consent.isActive()).isTrue();
        consent.withdraw(TODAY, "x", HV, CLOCK);
        assertThat(consent.withdrawnOn()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("a consent covering an unborn child is given by the expectant parent (422 unborn-consent-by-expectant-parent otherwise); an unborn child gives none")
    void anUnbornChildsConsentIsGivenByTheExpectantParent() {
        UUID unborn = UUID.randomUUID();
        UUID carer = UUID.randomUUID();
        Map<UUID, MemberRole> members = Map.of(mum, MemberRole.PARENT, child, MemberRole.CHILD, unborn, MemberRole.UNBORN, carer, MemberRole.CARER);
        assertThat(Consent.record(UUID.randomUUID(), members, mum, List.of(unborn), List.of(ConsentPurpose.ASSESSMENT), List.of(),
                ConsentMethod.WRITTEN, TODAY, HV, CLOCK).coversMemberIds()).containsExactly(unborn);
        for (UUID giver : List.of(carer, child, unborn)) {
            assertThatThrownBy(() -> Consent.record(UUID.randomUUID(), members, giver, List.of(unborn), List.of(ConsentPurpose.ASSESSMENT),
                    List.of(), ConsentMethod.WRITTEN, TODAY, HV, CLOCK))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Consent.UNBORN_CONSENT_BY_EXPECTANT_PARENT));
        }
        // a carer may still consent for the born child
        assertThat(Consent.record(UUID.randomUUID(), members, carer, List.of(child), List.of(ConsentPurpose.ASSESSMENT), List.of(),
                ConsentMethod.WRITTEN, TODAY, HV, CLOCK)).isNotNull();
    }
}
