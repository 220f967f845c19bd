package org.earlyhelp.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.earlyhelp.events.Professional;
import org.earlyhelp.events.plan.PlanOpenedV1;
import org.earlyhelp.events.plan.ReviewScheduledV1;
import org.earlyhelp.events.referral.StepDownDeclinedV1;
import org.earlyhelp.events.referral.StepDownWithdrawnV1;
import org.earlyhelp.events.referral.StepUpDecisionRecordedV1;
import org.earlyhelp.events.referral.StepUpReferralSubmittedV1;
import org.junit.jupiter.api.Test;

class NotificationRulesTest {

    /** A fixed moment: the rules never read the clock themselves; what they are given is what they stamp. */
    private static final Instant AT = Instant.parse("2026-03-23T10:00:00Z");

    final UUID family = UUID.randomUUID();
    final UUID plan = UUID.randomUUID();

    @Test
    void aPlanOpenedFromAStepDownTellsTheLeadProfessionalAndTheEarlyHelpTeam() {
        PlanOpenedV1 event = new PlanOpenedV1(family, "isle-of-wight", plan, "STEP_DOWN", UUID.randomUUID(),
                new Professional("teacher", "Tess Teacher", "school", "DSL"), List.of(), LocalDate.of(2026, 3, 22), false);
        List<Notification> out = NotificationRules.forPlanOpened(UUID.randomUUID(), event, AT);
        assertThat(out).extracting(Notification::recipient).containsExactly("user:teacher", "team:early-help-team");
        assertThat(out).allSatisfy(n -> {
            assertThat(n.message()).contains("step-down").doesNotContain("Tess");
            assertThat(n.planId()).isEqualTo(plan);
        });
    }

    @Test
    void aScheduledReviewTellsTheLeadProfessionalItsDueDateInPlainWords() {
        ReviewScheduledV1 event = new ReviewScheduledV1(family, "isle-of-wight", plan, UUID.randomUUID(), "INITIAL",
                LocalDate.of(2026, 4, 21), "teacher");
        List<Notification> out = NotificationRules.forReviewScheduled(UUID.randomUUID(), event, AT);
        assertThat(out).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo("user:teacher");
            assertThat(n.message()).isEqualTo("The first review of a family plan you lead is due by 21 April 2026.");
        });
    }

    @Test
    void anUrgentReferralReachesCscsFrontDoorAndTheEarlyHelpTeamMarkedUrgentAnOrdinaryOneOnlyCsc() {
        var urgent = new StepUpReferralSubmittedV1(family, "isle-of-wight", UUID.randomUUID(), plan, List.of(), true, true, "teacher", AT);
        List<Notification> alerts = NotificationRules.forReferralSubmitted(UUID.randomUUID(), urgent, AT);
        assertThat(alerts).extracting(Notification::recipient).containsExactly("team:childrens-social-care", "team:early-help-team");
        assertThat(alerts).allSatisfy(n -> {
            assertThat(n.type()).isEqualTo("URGENT_STEP_UP_REFERRAL");
            assertThat(n.message()).startsWith("Urgent");
        });
        var ordinary = new StepUpReferralSubmittedV1(family, "isle-of-wight", UUID.randomUUID(), null, List.of(), false, true, "teacher", AT);
        assertThat(NotificationRules.forReferralSubmitted(UUID.randomUUID(), ordinary, AT)).singleElement()
                .satisfies(n -> assertThat(n.type()).isEqualTo("STEP_UP_REFERRAL"));
    }

    @Test
    void cscsDecisionReachesTheReferrerAndTheLeadProfessionalOnceEachInPlainWords() {
        var decided = new StepUpDecisionRecordedV1(family, "isle-of-wight", UUID.randomUUID(), plan, "CHILD_IN_NEED_S17",
                LocalDate.of(2026, 4, 23), false, "hv", "teacher");
        List<Notification> out = NotificationRules.forReferralDecided(UUID.randomUUID(), decided, AT);
        assertThat(out).extracting(Notification::recipient).containsExactly("user:hv", "user:teacher");
        assertThat(out.get(0).message()).contains("child in need assessment (section 17)", "asked for early help to stop");
        var samePerson = new StepUpDecisionRecordedV1(family, "isle-of-wight", UUID.randomUUID(), plan, "NO_FURTHER_ACTION",
                LocalDate.of(2026, 4, 23), true, "teacher", "teacher");
        assertThat(NotificationRules.forReferralDecided(UUID.randomUUID(), samePerson, AT)).singleElement()
                .satisfies(n -> assertThat(n.message()).contains("Early help carries on"));
    }

    @Test
    void aDeclinedStepDownTellsTheSocialWorkerAWithdrawnOneTheProposedLead() {
        var declined = new StepDownDeclinedV1(family, "isle-of-wight", UUID.randomUUID(), "sw", LocalDate.of(2026, 3, 10));
        assertThat(NotificationRules.forStepDownDeclined(UUID.randomUUID(), declined, AT)).singleElement()
                .satisfies(n -> assertThat(n.recipient()).isEqualTo("user:sw"));
        var withdrawn = new StepDownWithdrawnV1(family, "isle-of-wight", UUID.randomUUID(), "sw", "teacher", LocalDate.of(2026, 3, 10));
        assertThat(NotificationRules.forStepDownWithdrawn(UUID.randomUUID(), withdrawn, AT)).singleElement()
                .satisfies(n -> assertThat(n.recipient()).isEqualTo("user:teacher"));
    }
}
