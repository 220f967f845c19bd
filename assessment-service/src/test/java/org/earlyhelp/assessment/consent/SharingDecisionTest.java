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
import org.earlyhelp.events.FamilyEvent;
import org.earlyhelp.events.assessment.SharingApprovalRequestedV1;
import org.earlyhelp.events.assessment.SharingDecisionApprovedV1;
import org.earlyhelp.events.assessment.SharingDecisionRefusedV1;
import org.earlyhelp.platform.problem.ConflictingState;
import org.earlyhelp.platform.problem.RuleViolation;
import org.earlyhelp.platform.security.Caller;
import org.earlyhelp.platform.time.RecordedDates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.quarkus.security.ForbiddenException;

/** The rules of {@link SharingDecision}, with no database: a fixed clock (today is 2026-12-07 in Europe/London). */
class SharingDecisionTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = RecordedDates.today(CLOCK);
    static final Caller TEACHER = new Caller("teacher", "isle-of-wight", "school", Set.of("practitioner"));
    static final Caller MANAGER = new Caller("manager", "isle-of-wight", "early-help", Set.of("manager"));
    final UUID family = UUID.randomUUID();
    final UUID mum = UUID.randomUUID();
    final UUID child = UUID.randomUUID();

    Consent sharingConsent(String agency, LocalDate givenOn) {
        return Consent.record(family, Map.of(mum, MemberRole.PARENT, child, MemberRole.CHILD), mum, List.of(child),
                List.of(ConsentPurpose.INFORMATION_SHARING), List.of(agency), ConsentMethod.WRITTEN, givenOn, TEACHER, CLOCK);
    }

    SharingDecision.Proposal share(Boolean withConsent, SharingGround ground, String withWhom, String manager, LocalDate sharedOn) {
        return new SharingDecision.Proposal(true, withConsent, ground, "The assessment", withWhom, "Needed for the plan", manager, sharedOn);
    }

    SharingDecision.Recorded record(SharingDecision.Proposal proposal, List<Consent> consents) {
        return SharingDecision.record(family, "isle-of-wight", proposal, consents, TEACHER, CLOCK);
    }

    static void assertRule(Runnable call, String rule) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    @Test
    @DisplayName("every decision needs its reason (sharing-decision-needs-a-reason)")
    void everyDecisionNeedsAReason() {
        assertRule(() -> record(new SharingDecision.Proposal(false, null, null, "x", "GP", " ", null, null), List.of()),
                SharingDecision.NEEDS_A_REASON);
    }

    @Nested
    @DisplayName("a decision not to share")
    class NotSharing {
        @Test
        @DisplayName("is RECORDED with no event, and has neither a ground nor a sharedOn (422 ground-only-when-sharing, shared-on-only-when-sharing)")
        void notSharing() {
            SharingDecision.Recorded recorded = record(new SharingDecision.Proposal(false, null, null, "x", "Housing", "Not relevant", null, null),
                    List.of());
            assertThat(recorded.decision().status()).isEqualTo(SharingDecisionStatus.RECORDED);
            assertThat(recorded.decision().ground()).isNull();
            assertThat(recorded.events()).isEmpty();
            assertRule(() -> record(new SharingDecision.Proposal(false, null, SharingGround.LEGAL_DUTY, "x", "Housing", "r", null, null), List.of()),
                    SharingDecision.GROUND_ONLY_WHEN_SHARING);
            assertRule(() -> record(new SharingDecision.Proposal(false, null, null, "x", "Housing", "r", null, TODAY), List.of()),
                    SharingDecision.SHARED_ON_ONLY_WHEN_SHARING);
        }
    }

    @Nested
    @DisplayName("sharing on CONSENT")
    class OnConsent {
        @Test
        @DisplayName("is RECORDED when an active INFORMATION_SHARING consent names the agency (case and spaces ignored); withConsent: true alone means CONSENT")
        void recordedAgainstTheConsent() {
            List<Consent> consents = List.of(sharingConsent("GP surgery", TODAY.minusDays(10)));
            SharingDecision decision = record(share(null, SharingGround.CONSENT, " gp Surgery ", null, TODAY.minusDays(2)), consents).decision();
            assertThat(decision.status()).isEqualTo(SharingDecisionStatus.RECORDED);
            assertThat(decision.withConsent()).isTrue();
            assertThat(decision.sharedOn()).isEqualTo(TODAY.minusDays(2));
            SharingDecision legacy = record(share(true, null, "GP surgery", null, null), consents).decision();
            assertThat(legacy.ground()).isEqualTo(SharingGround.CONSENT);
            assertThat(legacy.status()).isEqualTo(SharingDecisionStatus.RECORDED);
        }

        @Test
        @DisplayName("without an active INFORMATION_SHARING consent naming that agency is 422 sharing-on-consent-needs-an-active-consent")
        void needsAnActiveConsentNamingTheAgency() {
            Consent withdrawn = sharingConsent("GP surgery", TODAY.minusDays(10));
            withdrawn.withdraw(TODAY.minusDays(1), "Changed their mind", TEACHER, CLOCK);
            Consent assessmentOnly = Consent.record(family, Map.of(mum, MemberRole.PARENT, child, MemberRole.CHILD), mum, List.of(child),
                    List.of(ConsentPurpose.ASSESSMENT), List.of("GP surgery"), ConsentMethod.WRITTEN, TODAY.minusDays(5), TEACHER, CLOCK);
            for (List<Consent> consents : List.of(List.<Consent>of(), List.of(withdrawn), List.of(assessmentOnly),
                    List.of(sharingConsent("Housing", TODAY.minusDays(3))))) {
                assertRule(() -> record(share(null, SharingGround.CONSENT, "GP surgery", null, null), consents),
                        SharingDecision.ON_CONSENT_NEEDS_AN_ACTIVE_CONSENT);
                assertRule(() -> record(share(true, null, "GP surgery", null, null), consents), SharingDecision.ON_CONSENT_NEEDS_AN_ACTIVE_CONSENT);
            }
        }

        @Test
        @DisplayName("sharedOn before the consent was given is 422 shared-after-consent; after today 422 recorded-date-not-after-today")
        void sharedOnIsARecordedDateAfterTheConsent() {
            List<Consent> consents = List.of(sharingConsent("GP surgery", TODAY.minusDays(10)));
            assertThatThrownBy(() -> record(share(null, SharingGround.CONSENT, "GP surgery", null, TODAY.minusDays(11)), consents))
                    .isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class, e -> {
                        assertThat(e.rule()).isEqualTo(SharingDecision.SHARED_AFTER_CONSENT);
                        assertThat(e.field()).isEqualTo("sharedOn");
                    });
            assertThatThrownBy(() -> record(share(null, SharingGround.CONSENT, "GP surgery", null, TODAY.plusDays(1)), consents))
                    .isInstanceOfSatisfying(RecordedDates.DateRuleViolation.class,
                            e -> assertThat(e.rule()).isEqualTo(RecordedDates.NOT_AFTER_TODAY));
            assertThat(record(share(null, SharingGround.CONSENT, "GP surgery", null, TODAY.minusDays(10)), consents).decision().sharedOn())
                    .isEqualTo(TODAY.minusDays(10));
        }

        @Test
        @DisplayName("withConsent that contradicts the ground is 422 with-consent-matches-ground")
        void withConsentMatchesTheGround() {
            List<Consent> consents = List.of(sharingConsent("Police", TODAY.minusDays(10)));
            assertRule(() -> record(share(false, SharingGround.CONSENT, "Police", null, null), consents), SharingDecision.WITH_CONSENT_MATCHES_GROUND);
            assertRule(() -> record(share(true, SharingGround.SIGNIFICANT_HARM, "Police", "manager", null), consents),
                    SharingDecision.WITH_CONSENT_MATCHES_GROUND);
        }
    }

    @Nested
    @DisplayName("sharing without consent")
    class WithoutConsent {
        @Test
        @DisplayName("needs a ground (422 sharing-without-consent-needs-a-ground) and a manager who is not the requester (422)")
        void needsAGroundAndAManager() {
            assertRule(() -> record(share(false, null, "Police", "manager", null), List.of()), SharingDecision.WITHOUT_CONSENT_NEEDS_A_GROUND);
            assertRule(() -> record(share(null, null, "Police", "manager", null), List.of()), SharingDecision.WITHOUT_CONSENT_NEEDS_A_GROUND);
            assertRule(() -> record(share(null, SharingGround.SIGNIFICANT_HARM, "Police", " ", null), List.of()),
                    SharingDecision.WITHOUT_CONSENT_NEEDS_A_MANAGER);
            assertRule(() -> record(share(null, SharingGround.LEGAL_DUTY, "Police", "teacher", null), List.of()),
                    SharingDecision.MANAGER_IS_NOT_THE_REQUESTER);
        }

        @Test
        @DisplayName("on each other ground starts PENDING_APPROVAL and raises SharingApprovalRequested naming the manager and the requester")
        void startsPendingApproval() {
            for (SharingGround ground : List.of(SharingGround.SIGNIFICANT_HARM, SharingGround.PREVENTION_OF_CRIME, SharingGround.LEGAL_DUTY)) {
                SharingDecision.Recorded recorded = record(share(false, ground, "Police", "manager", null), List.of());
                assertThat(recorded.decision().status()).isEqualTo(SharingDecisionStatus.PENDING_APPROVAL);
                assertThat(recorded.decision().withConsent()).isFalse();
                assertThat(recorded.events()).singleElement().isInstanceOfSatisfying(SharingApprovalRequestedV1.class, e -> {
                    assertThat(e.decisionId()).isEqualTo(recorded.decision().id());
                    assertThat(e.ground()).isEqualTo(ground.name());
                    assertThat(e.managerUserId()).isEqualTo("manager");
                    assertThat(e.requestedByUserId()).isEqualTo("teacher");
                    assertThat(e.requestedOn()).isEqualTo(TODAY);
                });
            }
        }
    }

    @Nested
    @DisplayName("a manager's approval")
    class Approval {
        SharingDecision pending() {
            return record(share(null, SharingGround.SIGNIFICANT_HARM, "Police", "manager", null), List.of()).decision();
        }

        @Test
        @DisplayName("only a manager of the area who did not record it decides (403 for the requester, even a manager, another role or area)")
        void onlyAManagerOfTheAreaNotTheRequester() {
            SharingDecision decision = pending();
            Caller requesterWhoIsAManager = new Caller("teacher", "isle-of-wight", "school", Set.of("practitioner", "manager"));
            for (Caller caller : List.of(TEACHER, requesterWhoIsAManager, new Caller("ehteam", "isle-of-wight", "early-help", Set.of("early-help-team")),
                    new Caller("manager", "hampshire", "early-help", Set.of("manager")))) {
                assertThatThrownBy(() -> decision.decideApproval(true, null, caller, CLOCK)).isInstanceOf(ForbiddenException.class);
            }
            assertThat(decision.status()).isEqualTo(SharingDecisionStatus.PENDING_APPROVAL);
        }

        @Test
        @DisplayName("approves once, dated today, raising SharingDecisionApproved; a second answer is 409")
        void approvesOnce() {
            SharingDecision decision = pending();
            FamilyEvent event = decision.decideApproval(true, null, MANAGER, CLOCK);
            assertThat(decision.status()).isEqualTo(SharingDecisionStatus.APPROVED);
            assertThat(decision.approvalDecidedBy()).isEqualTo("manager");
            assertThat(decision.approvalDecidedOn()).isEqualTo(TODAY);
            assertThat(event).isInstanceOfSatisfying(SharingDecisionApprovedV1.class, e -> {
                assertThat(e.approvedByUserId()).isEqualTo("manager");
                assertThat(e.requestedByUserId()).isEqualTo("teacher");
                assertThat(e.decidedOn()).isEqualTo(TODAY);
            });
            assertThatThrownBy(() -> decision.decideApproval(false, "On reflection no", MANAGER, CLOCK)).isInstanceOf(ConflictingState.class);
        }

        @Test
        @DisplayName("a refusal says why (422 refused-approval-needs-a-note), then is REFUSED with SharingDecisionRefused")
        void aRefusalSaysWhy() {
            SharingDecision decision = pending();
            assertRule(() -> decision.decideApproval(false, " ", MANAGER, CLOCK), SharingDecision.REFUSAL_NEEDS_A_NOTE);
            assertThat(decision.status()).isEqualTo(SharingDecisionStatus.PENDING_APPROVAL);
            assertThat(decision.decideApproval(false, "Not proportionate yet", MANAGER, CLOCK)).isInstanceOf(SharingDecisionRefusedV1.class);
            assertThat(decision.status()).isEqualTo(SharingDecisionStatus.REFUSED);
            assertThat(decision.approvalNote()).isEqualTo("Not proportionate yet");
        }

        @Test
        @DisplayName("a decision that awaits no manager (on consent, or not to share) cannot be approved: 409")
        void nothingToApprove() {
            SharingDecision notShared = record(new SharingDecision.Proposal(false, null, null, "x", "Housing", "Not relevant", null, null), List.of())
                    .decision();
            assertThatThrownBy(() -> notShared.decideApproval(true, null, MANAGER, CLOCK)).isInstanceOf(ConflictingState.class);
            assertThat(notShared.needsApproval()).isFalse();
        }
    }

    @Nested
    @DisplayName("when it was shared, recorded after the decision")
    class Shared {

        @Test
        @DisplayName("an agreed share records its sharedOn once, not before the manager agreed and not after today; by the requester only")
        void afterTheManagersAgreement() {
            SharingDecision decision = record(share(null, SharingGround.SIGNIFICANT_HARM, "Police", "manager", null), List.of()).decision();
            assertThatThrownBy(() -> decision.recordShared(TODAY, List.of(), TEACHER, CLOCK)).isInstanceOfSatisfying(ConflictingState.class,
                    e -> assertThat(e.details()).containsEntry("rule", SharingDecision.SHARED_ONLY_WHEN_AGREED));
            decision.decideApproval(true, null, MANAGER, CLOCK);
            assertThatThrownBy(() -> decision.recordShared(TODAY, List.of(), new Caller("hv", "isle-of-wight", "health", Set.of("practitioner")),
                    CLOCK)).isInstanceOf(ForbiddenException.class);
            assertRule(() -> decision.recordShared(TODAY.plusDays(1), List.of(), TEACHER, CLOCK), RecordedDates.NOT_AFTER_TODAY);
            assertRule(() -> decision.recordShared(TODAY.minusDays(1), List.of(), TEACHER, CLOCK), SharingDecision.SHARED_AFTER_APPROVAL);
            assertThat(decision.sharedOn()).isNull();
            decision.recordShared(TODAY, List.of(), TEACHER, CLOCK);
            assertThat(decision.sharedOn()).isEqualTo(TODAY);
            assertThatThrownBy(() -> decision.recordShared(TODAY, List.of(), TEACHER, CLOCK)).isInstanceOfSatisfying(ConflictingState.class,
                    e -> assertThat(e.details()).containsEntry("rule", SharingDecision.SHARED_ON_RECORDED_ONCE));
        }

        @Test
        @DisplayName("a refused share is never recorded as shared (409); a decision not to share has no sharedOn (422)")
        void notWhenRefusedOrNotSharing() {
            SharingDecision refused = record(share(null, SharingGround.LEGAL_DUTY, "Police", "manager", null), List.of()).decision();
            refused.decideApproval(false, "Not proportionate", MANAGER, CLOCK);
            assertThatThrownBy(() -> refused.recordShared(TODAY, List.of(), TEACHER, CLOCK)).isInstanceOfSatisfying(ConflictingState.class,
                    e -> assertThat(e.details()).containsEntry("rule", SharingDecision.SHARED_ONLY_WHEN_AGREED));
            SharingDecision notSharing = record(new SharingDecision.Proposal(false, null, null, "x", "Housing", "Not relevant", null, null),
                    List.of()).decision();
            assertRule(() -> notSharing.recordShared(TODAY, List.of(), TEACHER, CLOCK), SharingDecision.SHARED_ON_ONLY_WHEN_SHARING);
        }

        @Test
        @DisplayName("a share on consent, recorded later: not before the consent it rests on")
        void onConsentNotBeforeTheConsent() {
            List<Consent> consents = List.of(sharingConsent("GP surgery", TODAY.minusDays(5)));
            SharingDecision decision = record(share(true, null, "GP surgery", null, null), consents).decision();
            assertRule(() -> decision.recordShared(TODAY.minusDays(6), consents, TEACHER, CLOCK), SharingDecision.SHARED_AFTER_CONSENT);
            decision.recordShared(TODAY.minusDays(5), consents, TEACHER, CLOCK);
            assertThat(decision.sharedOn()).isEqualTo(TODAY.minusDays(5));
        }
    }
}
